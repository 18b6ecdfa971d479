import path from 'node:path';
import { afterEach } from 'vitest';
import { projectPath } from '../../main/cli/project-path';
import { openBackend, type Backend } from '../../main/backend';
import { makeTempDir } from './temp-dir';

/** A real backend on a real SQLite file in a temp folder, closed and removed after each test. */
export function useTempBackend(): () => { backend: Backend; dbPath: string } {
  let current: { backend: Backend; dbPath: string; cleanup: () => void } | undefined;
  afterEach(() => {
    current?.backend.close();
    current?.cleanup();
    current = undefined;
  });
  return () => {
    if (!current) {
      const { dir, cleanup } = makeTempDir();
      const dbPath = path.join(dir, 'conferenza.sqlite');
      current = { backend: openBackend({ dbPath, assetsDir: projectPath('assets') }), dbPath, cleanup };
    }
    return current;
  };
}

/** Unwraps an ok result, failing the test with the backend's message otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`Expected ok, got error: ${result.error.message}`);
  return result.value;
}
