import { contextBridge, ipcRenderer } from 'electron';
import type { KubBridge } from '../shared/bridge';

// Only this one function crosses the bridge; ipcRenderer itself never does.
const bridge = {
  call: (method, input) => ipcRenderer.invoke('kub:call', method, input),
} satisfies KubBridge;

contextBridge.exposeInMainWorld('kub', bridge);
