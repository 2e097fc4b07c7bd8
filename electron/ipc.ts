import type { ApiResult } from '../shared/contract';
import type { Dispatch } from './core/api/dispatcher';
import { AppError } from './core/errors';

export const ipcChannel = 'kub:call';

/** The part of an IPC event the handler looks at (Electron's IpcMainInvokeEvent has it). */
export interface IpcSender {
  senderFrame: { url: string } | null;
}

/**
 * The main-process end of the bridge: only the app's own page may call, the
 * method must be a string, and the dispatcher validates the payload.
 */
export function createIpcHandler(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean) {
  return async (event: IpcSender, method: unknown, payload: unknown): Promise<ApiResult<unknown>> => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) return AppError.of('FORBIDDEN', 'errors.forbidden').toResult();
    if (typeof method !== 'string') return AppError.of('UNKNOWN_METHOD', 'errors.unknownMethod', { method: String(method) }).toResult();
    return dispatch(method, payload);
  };
}

/** The app page is the bundled file (or the dev server in development); nothing else. */
export function trustedUrlCheck(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (url) => {
    try {
      const u = new URL(url);
      // file:// URLs can carry a host (file://server/share/…, a UNC path on Windows): the app's has none.
      if (app.protocol === 'file:') return u.protocol === 'file:' && u.host === app.host && u.pathname === app.pathname;
      return u.origin === app.origin;
    } catch {
      return false;
    }
  };
}
