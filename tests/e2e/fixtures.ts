import path from 'node:path';
import { test as base } from '@playwright/test';
import type { Backend } from '../../main/backend';
import { startBackendWorker } from '../../main/worker/start';
import type { Invoke } from '../../shared/contract/channels';
import { TOKEN_HEADER } from '../../shared/transport';
import { projectPath } from '../../main/cli/project-path';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { makeTempDir } from '../helpers/temp-dir';

export interface Preview extends PreviewServer {
  dbPath: string;
}

/** Each test gets the built renderer and the real backend, in its own thread as in the app, on its own fresh SQLite file. */
export const test = base.extend<{ preview: Preview }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const { dir, cleanup } = makeTempDir('conferenza-e2e-');
    const dbPath = path.join(dir, 'conferenza.sqlite');
    const backend = await startBackendWorker({ dbPath, assetsDir: projectPath('assets') });
    const server = await startPreviewServer({ backend, rendererDir: projectPath('dist', 'renderer') });
    await use({ ...server, dbPath });
    await server.close();
    backend.close();
    await backend.closed();
    cleanup();
  },
});

/**
 * The preview's real backend over HTTP, as the page calls it: the same `invoke` as the in-process backend,
 * so fixtures shared with the integration tests (e.g. recordedSeduta) prepare data here too.
 */
export function httpBackend(preview: Preview): Pick<Backend, 'invoke'> {
  const invoke = async (channel: string, input: unknown) => {
    const response = await fetch(new URL('api/invoke', preview.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: preview.token },
      body: JSON.stringify({ channel, input }),
    });
    return response.json();
  };
  return { invoke: invoke as Invoke };
}

export { expect } from '@playwright/test';
