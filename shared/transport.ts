/** The preview server's HTTP transport, shared by the server and the renderer's client. */
export const API_PATH = '/api/invoke';
/** Meta tag through which the preview server hands its per-run token to the page it serves. */
export const TOKEN_META = 'conferenza-api-token';
export const TOKEN_HEADER = 'x-conferenza-token';
/** The one Electron IPC channel; the contract's channel name travels as its first argument. */
export const IPC_CHANNEL = 'conferenza:invoke';
/** Electron only: opens a document the backend produces in the system viewer (for printing). */
export const OPEN_FILE_CHANNEL = 'conferenza:open-file';
/** Which document to open: a file-producing channel and its input; main produces the file again and names it. */
export interface DocumentReference {
  channel: string;
  input: unknown;
}
/** How far a long call is (a PDF, an import, an integrity check): the fraction done, 0..1, and what it is doing. */
export interface ProgressReport {
  done: number;
  fase: string;
}
/** Preview: a call with this header set to "1" is answered as NDJSON, `{"progress":…}` lines then `{"result":…}`. */
export const PROGRESS_HEADER = 'x-conferenza-progress';
/** Electron: main sends (callId, ProgressReport) on this channel to the window that made the call with that id. */
export const PROGRESS_CHANNEL = 'conferenza:progress';
