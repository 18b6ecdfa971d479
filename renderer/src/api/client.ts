import type { Channel, ChannelInput, ChannelOutput, Invoke } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import { API_PATH, TOKEN_HEADER, TOKEN_META, type DocumentReference } from '../../../shared/transport';

/** What the Electron preload exposes on window (see preload/index.ts). */
declare global {
  interface Window {
    conferenza?: {
      invoke: (channel: string, input: unknown) => Promise<Result<unknown>>;
      /** Opens the referenced document in the system viewer (see main/electron/document-file.ts). */
      openDocument: (reference: DocumentReference) => Promise<Result<null>>;
    };
  }
}


const NETWORK_ERROR: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: "Il servizio dell'applicazione non risponde: riavviare il programma." },
};

/** Browser preview transport: same contract over HTTP on 127.0.0.1, authenticated by the page's token. */
async function httpInvoke(channel: string, input: unknown): Promise<Result<unknown>> {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  try {
    const response = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ channel, input }),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return NETWORK_ERROR;
  }
}

/** One renderer, two transports: Electron's preload bridge when present, otherwise the preview's HTTP API. */
export const invoke: Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => {
  const call = window.conferenza?.invoke ?? httpInvoke;
  return call(channel, input) as Promise<Result<ChannelOutput<C>>>;
};
