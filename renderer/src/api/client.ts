import type { Channel, ChannelInput, ChannelOutput, Invoke } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import { API_PATH, PROGRESS_HEADER, TOKEN_HEADER, TOKEN_META, type DocumentReference, type ProgressReport } from '../../../shared/transport';

/** What the Electron preload exposes on window (see preload/index.ts). */
declare global {
  interface Window {
    conferenza?: {
      /** With a `progressId`, the call's progress arrives through onProgress. */
      invoke: (channel: string, input: unknown, progressId?: number) => Promise<Result<unknown>>;
      /** Listens to the progress of calls made with a progress id; returns the function that stops listening. */
      onProgress: (listener: (progressId: number, report: ProgressReport) => void) => () => void;
      /** Opens the referenced document in the system viewer (see main/electron/document-file.ts). */
      openDocument: (reference: DocumentReference) => Promise<Result<null>>;
    };
  }
}


const NETWORK_ERROR: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: "Il servizio dell'applicazione non risponde: riavviare il programma." },
};

type OnProgress = (report: ProgressReport) => void;

/**
 * Browser preview transport: same contract over HTTP on 127.0.0.1, authenticated by the page's token. A followed call
 * is answered as JSON lines: its progress as it happens, then the result.
 */
async function httpInvoke(channel: string, input: unknown, onProgress?: OnProgress): Promise<Result<unknown>> {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  try {
    const response = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...(onProgress && { [PROGRESS_HEADER]: '1' }) },
      body: JSON.stringify({ channel, input }),
    });
    if (!onProgress || !response.body || !response.headers.get('content-type')?.startsWith('application/x-ndjson')) {
      return (await response.json()) as Result<unknown>;
    }
    return await readLines(response.body, onProgress);
  } catch {
    return NETWORK_ERROR;
  }
}

/** Reads `{"progress":…}` lines, reporting each, up to the `{"result":…}` line. */
async function readLines(body: ReadableStream<Uint8Array>, onProgress: OnProgress): Promise<Result<unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const message = JSON.parse(line) as { progress?: ProgressReport; result?: Result<unknown> };
      if (message.result) return message.result;
      if (message.progress) onProgress(message.progress);
    }
    if (done) return NETWORK_ERROR;
  }
}

let lastProgressId = 0;

/** Electron: the call carries an id of its own, and only that id's progress is reported. */
async function shellInvokeFollowed(shell: NonNullable<Window['conferenza']>, channel: string, input: unknown, onProgress: OnProgress) {
  const progressId = ++lastProgressId;
  const stop = shell.onProgress((id, report) => id === progressId && onProgress(report));
  try {
    return await shell.invoke(channel, input, progressId);
  } finally {
    stop();
  }
}

/** One renderer, two transports: Electron's preload bridge when present, otherwise the preview's HTTP API. */
export const invoke: Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => {
  const call = window.conferenza?.invoke ?? httpInvoke;
  return call(channel, input) as Promise<Result<ChannelOutput<C>>>;
};

/** A long call (a PDF, an import, an integrity check) whose progress is reported while it runs. */
export function invokeFollowed<C extends Channel>(channel: C, input: ChannelInput<C>, onProgress: OnProgress): Promise<Result<ChannelOutput<C>>> {
  const shell = window.conferenza;
  const call = shell ? shellInvokeFollowed(shell, channel, input, onProgress) : httpInvoke(channel, input, onProgress);
  return call as Promise<Result<ChannelOutput<C>>>;
}
