// The backend's own thread: SQLite, PDF rendering and imports run here, so no call ever blocks the window.
import { parentPort, workerData } from 'node:worker_threads';
import { openBackend, type Backend } from '../backend';
import { AppFailure } from '../errors';
import type { BackendThreadOptions, DialogName, FromThread, ToThread } from './protocol';

const port = parentPort!;
const options = workerData as BackendThreadOptions;
const send = (message: FromThread) => port.postMessage(message);

let nextDialog = 0;
const dialogAnswers = new Map<number, (path: string | undefined) => void>();
const askShell = (name: DialogName) => () =>
  new Promise<string | undefined>((resolve) => {
    const id = ++nextDialog;
    dialogAnswers.set(id, resolve);
    send({ type: 'dialog', id, name });
  });

let backend: Backend | undefined;
try {
  backend = openBackend({
    dbPath: options.dbPath,
    assetsDir: options.assetsDir,
    ...(options.fixedNow && { clock: { now: () => new Date(options.fixedNow!) } }),
    ...Object.fromEntries(options.dialogs.map((name) => [name, askShell(name)])),
  });
  send({ type: 'ready', dataFile: backend.dataFile });
  // The first export of a session would load pdfkit and parse the fonts: done now, while the user looks at the screen.
  setTimeout(() => void backend?.warm(), 1_000).unref();
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: error instanceof AppFailure ? error.code : null });
}

port.on('message', (message: ToThread) => {
  if (message.type === 'call') {
    void backend!.handle(message.channel, message.input).then((result) => send({ type: 'result', id: message.id, result }));
  } else if (message.type === 'dialogAnswer') {
    dialogAnswers.get(message.id)?.(message.path);
    dialogAnswers.delete(message.id);
  } else {
    backend?.close();
    send({ type: 'closed' });
    port.close();
  }
});
