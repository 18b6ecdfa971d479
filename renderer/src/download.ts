import type { ChannelInput, ChannelOutput } from '../../shared/contract/channels';
import type { FileOut } from '../../shared/domain/verbale';
import type { Result } from '../../shared/result';
import type { DocumentReference, ProgressReport } from '../../shared/transport';
import { invoke, invokeFollowed } from './api/client';

/*
 * Files produced by the backend (PDF/A, signed files) reach the renderer as base64 (FileOut).
 * Saving goes through a temporary <a download>: Chromium downloads it, Electron shows its save dialog.
 * Object URLs are released a while later, not at once: the download or the new tab reads them asynchronously.
 */

const RELEASE_AFTER_MS = 60_000;

/** The file's bytes as a Blob of its MIME type. */
export function fileBlob(file: FileOut): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mime || 'application/octet-stream' });
}

function objectUrl(file: FileOut): string {
  const url = URL.createObjectURL(fileBlob(file));
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
  return url;
}

/** Saves the file under its own name (download in the browser, save dialog in Electron). */
export function saveFile(file: FileOut): void {
  const link = document.createElement('a');
  link.href = objectUrl(file);
  link.download = file.nomeFile;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A call to a file-producing channel that also names the document, so that the Electron shell can produce and open it itself. */
export interface FileRequest {
  /** With `onProgress`, the document's progress is reported while it is produced. */
  (onProgress?: (report: ProgressReport) => void): Promise<Result<FileOut>>;
  reference?: DocumentReference;
}

type FileChannel = { [C in keyof ChannelOutputs]: ChannelOutputs[C] extends FileOut ? C : never }[keyof ChannelOutputs];
type ChannelOutputs = { [C in Parameters<typeof invoke>[0]]: ChannelOutput<C> };

export function fileRequest<C extends FileChannel>(channel: C, input: ChannelInput<C>): FileRequest {
  const call = ((onProgress?: (report: ProgressReport) => void) =>
    onProgress ? invokeFollowed(channel, input, onProgress) : invoke(channel, input)) as FileRequest;
  call.reference = { channel, input };
  return call;
}

/**
 * Opens the file to print it: in the Electron shell, main produces the referenced document again and opens it with
 * the system's viewer (the renderer never chooses what the shell opens); in the preview, in a new tab (the
 * browser's viewer). If neither can open it, the file is saved instead. Says which happened.
 */
export async function openFile(file: FileOut, reference?: DocumentReference): Promise<'opened' | 'saved'> {
  const shell = window.conferenza;
  const opened = shell
    ? reference !== undefined && (await shell.openDocument(reference)).ok
    : window.open(objectUrl(file), '_blank') !== null;
  if (opened) return 'opened';
  saveFile(file);
  return 'saved';
}

/** Reads a file chosen by the user as base64 (without the "data:...;base64," prefix), for the backend. */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result ?? '');
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('File non leggibile'));
    reader.readAsDataURL(file);
  });
}
