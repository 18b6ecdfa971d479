import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { projectPath } from '../../main/cli/project-path';
import { openBackend, type Backend } from '../../main/backend';
import { startBackendWorker, type WorkerBackend } from '../../main/worker/start';
import type { Clock } from '../../shared/clock';
import { makeTempDir } from './temp-dir';

/** "Now" in the tests: after every date the fixtures hold, so that sedute can be held and verbali signed. */
export const TEST_NOW = '2027-03-01T09:00:00.000Z';
export const fixedClock = (iso: string = TEST_NOW): Clock => ({ now: () => new Date(iso) });

/** A real backend on a real SQLite file in a temp folder, closed and removed after each test. */
export function useTempBackend(clock: Clock = fixedClock()): () => { backend: Backend; dbPath: string } {
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
      current = { backend: openBackend({ dbPath, assetsDir: projectPath('assets'), clock }), dbPath, cleanup };
    }
    return current;
  };
}

/** Unwraps an ok result, failing the test with the backend's message otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`Expected ok, got error: ${result.error.message}`);
  return result.value;
}

/**
 * The same backend in its own thread (the transport Electron and the preview use), on one temp file for the whole
 * describe block: started before its first test, closed after its last.
 */
export function useWorkerBackend(fixedNow: string = TEST_NOW): () => { backend: Backend; dbPath: string } {
  let current: { backend: WorkerBackend; dbPath: string; cleanup: () => void } | undefined;
  beforeAll(async () => {
    const { dir, cleanup } = makeTempDir();
    const dbPath = path.join(dir, 'conferenza.sqlite');
    current = { backend: await startBackendWorker({ dbPath, assetsDir: projectPath('assets'), fixedNow }), dbPath, cleanup };
  });
  afterAll(async () => {
    current?.backend.close();
    await current?.backend.closed();
    current?.cleanup();
  });
  return () => current!;
}
