import path from 'node:path';
import { afterEach } from 'vitest';
import { openBackend, type Backend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { makeTempDir } from './temp-dir';

/** A backend on a fresh file whose clock stands still at `now`, so the same document renders to the same bytes. */
export function useFixedBackend(now = '2026-12-11T09:00:00Z'): () => Backend {
  let current: { backend: Backend; cleanup: () => void } | undefined;
  afterEach(() => {
    current?.backend.close();
    current?.cleanup();
    current = undefined;
  });
  return () => {
    if (!current) {
      const { dir, cleanup } = makeTempDir();
      const clock = { now: () => new Date(now) };
      current = { backend: openBackend({ dbPath: path.join(dir, 'conferenza.sqlite'), assetsDir: projectPath('assets'), clock }), cleanup };
    }
    return current.backend;
  };
}
