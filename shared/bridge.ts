import type { CallApi } from './contract';

/** What the preload exposes as `window.kub`. */
export interface KubBridge {
  call: CallApi;
}
