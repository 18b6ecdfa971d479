import path from 'node:path';
import { test as base } from '@playwright/test';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { makeTempDir } from '../helpers/temp-dir';

export interface Preview extends PreviewServer {
  dbPath: string;
}

/** Each test gets the built renderer and the real backend on its own fresh SQLite file. */
export const test = base.extend<{ preview: Preview }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const { dir, cleanup } = makeTempDir('conferenza-e2e-');
    const dbPath = path.join(dir, 'conferenza.sqlite');
    const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
    const server = await startPreviewServer({ backend, rendererDir: projectPath('dist', 'renderer') });
    await use({ ...server, dbPath });
    await server.close();
    backend.close();
    cleanup();
  },
});

export { expect } from '@playwright/test';
