// The backend as it ships, for the bench's memory figure: bundled by ui.ts into .tmp/bench-shipped/ beside a copy of
// the bundled backend thread (backend-thread.cjs), run by plain Node without tsx's loader and transformed sources. It serves the
// built renderer as the preview does, prints "Anteprima: URL", and answers each "memoria" line on stdin with one JSON
// line: the process's RSS and the backend thread's own heap.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startPreviewServer } from '../../main/preview/server';
import { startBackendWorker } from '../../main/worker/start';

const root = path.resolve(__dirname, '..', '..');
const [dbPath] = process.argv.slice(2);

void (async () => {
  const backend = await startBackendWorker({ dbPath: dbPath!, assetsDir: path.join(root, 'assets') });
  const server = await startPreviewServer({ backend, rendererDir: path.join(root, 'dist', 'renderer') });
  console.log(`Anteprima: ${server.url}`);
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line !== 'memoria') return;
    void backend.memory().then((thread) => console.log(JSON.stringify({ rss: process.memoryUsage().rss, thread })));
  });
  process.once('SIGTERM', () => {
    void server.close().then(() => {
      backend.close();
      return backend.closed();
    }).then(() => process.exit(0));
  });
})();
