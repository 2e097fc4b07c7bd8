import type { ApiResult, CallApi, InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { KubBridge } from '../../../shared/bridge';

declare global {
  interface Window {
    kub?: KubBridge;
  }
}

const tokenKey = 'kub-planner-token';

/**
 * Browser mode hands the per-run token in the page URL once; it is kept for
 * the tab's session (so a reload works) and removed from the address bar.
 */
export function takeToken(location: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(tokenKey);
}

export function httpTransport(token: string | null, networkMessage: string, fetchImpl: typeof fetch = fetch): CallApi {
  return async <M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>> => {
    try {
      const response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as ApiResult<ResultOf<M>>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: networkMessage } };
    }
  };
}

/** Electron's preload bridge when present, else HTTP to the browser-mode server. */
export function defaultTransport(networkMessage: string): CallApi {
  if (window.kub) return window.kub.call;
  return httpTransport(takeToken(), networkMessage);
}
