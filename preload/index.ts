import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../shared/transport';

// Runs sandboxed: only `electron` may be required, so the build bundles this file into one CommonJS file.
// The renderer gets one function, never ipcRenderer itself.
contextBridge.exposeInMainWorld('conferenza', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
});
