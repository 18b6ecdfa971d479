// The backend's own thread: SQLite, PDF rendering and imports run here, so no call ever blocks the window.
import { parentPort, workerData } from 'node:worker_threads';
import { openBackend, type Backend } from '../backend';
import type { Progress } from '../archive/integrity';
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

const WARM_UP_AFTER_IDLE_MS = 1_000;
let warmUp: NodeJS.Timeout | undefined;

let backend: Backend | undefined;
try {
  backend = openBackend({
    dbPath: options.dbPath,
    assetsDir: options.assetsDir,
    ...(options.fixedNow && { clock: { now: () => new Date(options.fixedNow!) } }),
    ...Object.fromEntries(options.dialogs.map((name) => [name, askShell(name)])),
  });
  send({ type: 'ready', dataFile: backend.dataFile });
  // The first export of a session would load pdfkit, parse the fonts and run cold code: the engine warms itself once
  // the thread has had a second without calls (the first screen's are answered), while the user looks at the screen.
  warmUp = setTimeout(() => {
    warmUp = undefined;
    void backend?.warm();
  }, WARM_UP_AFTER_IDLE_MS).unref();
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: error instanceof AppFailure ? error.code : null });
}

/**
 * The call's progress as messages, at most one per percent unless the phase changes: a check over thousands of files
 * would otherwise flood the window's thread. Sent as they happen, even while the call keeps this thread busy.
 */
function progressOf(id: number): Progress {
  let last = { done: -1, fase: '' };
  return (done, fase) => {
    if (fase === last.fase && done - last.done < 0.01 && done < 1) return;
    last = { done, fase };
    send({ type: 'progress', id, done, fase });
  };
}

port.on('message', (message: ToThread) => {
  if (message.type === 'call') {
    warmUp?.refresh();
    const progress = message.progress ? progressOf(message.id) : undefined;
    void backend!.handle(message.channel, message.input, progress).then((result) => send({ type: 'result', id: message.id, result }));
  } else if (message.type === 'memory') {
    // In a worker, memoryUsage's heap and external figures are this thread's isolate (rss is the whole process).
    const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    send({ type: 'memory', id: message.id, memory: { heapUsed, heapTotal, external, arrayBuffers } });
  } else if (message.type === 'dialogAnswer') {
    dialogAnswers.get(message.id)?.(message.path);
    dialogAnswers.delete(message.id);
  } else {
    backend?.close();
    send({ type: 'closed' });
    port.close();
  }
});
