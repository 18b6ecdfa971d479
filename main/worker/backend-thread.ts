// The backend's own thread: SQLite, PDF rendering and imports run here, so no call ever blocks the window.
import { parentPort, workerData } from 'node:worker_threads';
import { openBackend, type Backend } from '../backend';
import { AppFailure } from '../errors';
import type { BackendThreadOptions, FromThread, ToThread } from './protocol';

const port = parentPort!;
const options = workerData as BackendThreadOptions;
const send = (message: FromThread) => port.postMessage(message);

let nextFolderRequest = 0;
const folderRequests = new Map<number, (folder: string | undefined) => void>();
const chooseBackupFolder = () =>
  new Promise<string | undefined>((resolve) => {
    const id = ++nextFolderRequest;
    folderRequests.set(id, resolve);
    send({ type: 'chooseFolder', id });
  });

let backend: Backend | undefined;
try {
  backend = openBackend({
    dbPath: options.dbPath,
    assetsDir: options.assetsDir,
    ...(options.fixedNow && { clock: { now: () => new Date(options.fixedNow!) } }),
    ...(options.canChooseBackupFolder && { chooseBackupFolder }),
  });
  send({ type: 'ready', dataFile: backend.dataFile });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: error instanceof AppFailure ? error.code : null });
}

port.on('message', (message: ToThread) => {
  if (message.type === 'call') {
    void backend!.handle(message.channel, message.input).then((result) => send({ type: 'result', id: message.id, result }));
  } else if (message.type === 'folderChosen') {
    folderRequests.get(message.id)?.(message.folder);
    folderRequests.delete(message.id);
  } else {
    backend?.close();
    send({ type: 'closed' });
    port.close();
  }
});
