import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, OPEN_FILE_CHANNEL, PROGRESS_CHANNEL, type ProgressReport } from '../shared/transport';

// Runs sandboxed: only `electron` may be required, so the build bundles this file into one CommonJS file.
// The renderer gets these functions, never ipcRenderer itself (nor the IPC event, which carries the sender).
contextBridge.exposeInMainWorld('conferenza', {
  /** `progressId`: follow this call's progress through onProgress. */
  invoke: (channel: string, input: unknown, progressId?: number): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, channel, input, progressId),
  /** Progress of the calls made with a progress id; returns the function that stops listening. */
  onProgress: (listener: (progressId: number, report: ProgressReport) => void): (() => void) => {
    const forward = (_event: unknown, progressId: number, report: ProgressReport) => listener(progressId, report);
    ipcRenderer.on(PROGRESS_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(PROGRESS_CHANNEL, forward);
  },
  openDocument: (reference: unknown): Promise<unknown> => ipcRenderer.invoke(OPEN_FILE_CHANNEL, reference),
});
