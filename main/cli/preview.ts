import path from 'node:path';
import { startBackendWorker } from '../worker/start';
import { dbPathIn, resolveDataDir } from '../config/data-dir';
import { AppFailure } from '../errors';
import { startPreviewServer } from '../preview/server';
import { projectPath } from './project-path';

/**
 * Browser preview: `tsx main/cli/preview.ts [--data-dir DIR] [--port N]`.
 * Prints "Anteprima: URL" once ready; stops cleanly on SIGINT/SIGTERM.
 */
export async function runPreview(argv: readonly string[]): Promise<void> {
  const dataDir = resolveDataDir(argv, process.env);
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 5190;
  let backend;
  try {
    // The same backend thread as in Electron: no call blocks the server's event loop.
    backend = await startBackendWorker({ dbPath: dbPathIn(dataDir), assetsDir: projectPath('assets') });
  } catch (error) {
    if (error instanceof AppFailure) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const server = await startPreviewServer({ backend, rendererDir: projectPath('dist', 'renderer'), port });
  console.log(`Archivio: ${backend.dataFile}`);
  console.log(`Anteprima: ${server.url}  (aprire questo indirizzo nel browser; Ctrl+C per chiudere)`);
  const stop = async () => {
    await server.close();
    backend.close();
    await backend.closed();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && path.resolve(process.argv[1]) === projectPath('main', 'cli', 'preview.ts')) {
  await runPreview(process.argv.slice(2));
}
