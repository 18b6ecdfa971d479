import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, OPEN_FILE_CHANNEL, PROGRESS_CHANNEL, type ProgressReport } from '../../shared/transport';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend';

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Richiesta non autorizzata.' } };

/** Only the app's own page, in its top frame, may call the backend. */
export function isTrustedSender(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  const url = new URL(frame.url);
  url.hash = '';
  return url.href === rendererUrl;
}

/**
 * Takes an ipcMain-like object and the file opener so the sender check can run without Electron.
 * Two channels: the backend contract, and opening a document the backend produces (named by a reference, see
 * document-file.ts) in the system viewer. A call that names a progress id (a positive integer the page chose) has its
 * progress sent back to the calling page only, on PROGRESS_CHANNEL.
 */
export function registerIpc(
  ipc: Pick<IpcMain, 'handle'>,
  backend: Backend,
  rendererUrl: string,
  openDocument: (reference: unknown) => Promise<Result<null>>,
): void {
  ipc.handle(IPC_CHANNEL, (event, channel: unknown, input: unknown, progressId: unknown) => {
    if (!isTrustedSender(event, rendererUrl)) return FORBIDDEN;
    const follow = Number.isSafeInteger(progressId) && (progressId as number) > 0;
    const onProgress = (done: number, fase: string) => {
      if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, progressId, { done, fase } satisfies ProgressReport);
    };
    return backend.handle(channel, input, follow ? onProgress : undefined);
  });
  ipc.handle(OPEN_FILE_CHANNEL, (event, reference: unknown) => (isTrustedSender(event, rendererUrl) ? openDocument(reference) : FORBIDDEN));
}
