import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, OPEN_FILE_CHANNEL } from '../shared/transport';

// Runs sandboxed: only `electron` may be required, so the build bundles this file into one CommonJS file.
// The renderer gets two functions, never ipcRenderer itself.
contextBridge.exposeInMainWorld('conferenza', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
  openDocument: (reference: unknown): Promise<unknown> => ipcRenderer.invoke(OPEN_FILE_CHANNEL, reference),
});
