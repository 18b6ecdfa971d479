import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, expect, test } from 'vitest';
import { projectPath } from '../../main/cli/project-path';
import { AppFailure } from '../../main/errors';
import { startBackendWorker } from '../../main/worker/start';
import { TEST_NOW } from '../helpers/backend';
import { makeTempDir } from '../helpers/temp-dir';
import { approvedVerbale } from '../helpers/verbale-fixture';

const temp = makeTempDir();
afterAll(temp.cleanup);

describe('the backend in its own thread', () => {
  test('a PDF export runs while the calling thread stays responsive', async () => {
    const backend = await startBackendWorker({ dbPath: path.join(temp.dir, 'a.sqlite'), assetsDir: projectPath('assets'), fixedNow: TEST_NOW });
    try {
      const { verbale } = await approvedVerbale(backend);
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const exported = await backend.invoke('verbali.esporta', { id: verbale.id });
      delay.disable();
      expect(exported.ok && exported.value.stato).toBe('esportato');
      // Rendering the PDF/A in process holds the loop for hundreds of milliseconds; here the loop never waits long.
      expect(delay.max / 1e6).toBeLessThan(100);
    } finally {
      backend.close();
      await backend.closed();
    }
  });

  test('an archive that cannot be opened is refused with its Italian sentence, the file unchanged', async () => {
    const file = path.join(temp.dir, 'not-a-db.sqlite');
    fs.writeFileSync(file, 'questo non è un archivio');
    const error = await startBackendWorker({ dbPath: file, assetsDir: projectPath('assets') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).message).toMatch(/non è un archivio di questa applicazione|non è un database/);
    expect(fs.readFileSync(file, 'utf8')).toBe('questo non è un archivio');
  });

  test('a call after closing is answered, not left hanging', async () => {
    const backend = await startBackendWorker({ dbPath: path.join(temp.dir, 'b.sqlite'), assetsDir: projectPath('assets') });
    backend.close();
    await backend.closed();
    const late = await Promise.race([backend.handle('app.info', {}), new Promise((r) => setTimeout(() => r('hang'), 2_000))]);
    expect(late).not.toBe('hang');
  });

  test("the thread reports its own heap, apart from the calling thread's", async () => {
    const backend = await startBackendWorker({ dbPath: path.join(temp.dir, 'c.sqlite'), assetsDir: projectPath('assets') });
    try {
      const before = await backend.memory();
      // 160 MB of strings held by this thread do not show in the backend thread's heap. The bound leaves room for
      // what the thread itself allocates meanwhile (its warm-up renders a sample PDF in idle time after start).
      const held = Array.from({ length: 1600 }, (_, i) => `${i}`.padEnd(100_000, 'x') + i);
      const after = await backend.memory();
      expect(held).toHaveLength(1600);
      expect(before.heapUsed).toBeGreaterThan(1024 * 1024);
      expect(before.heapUsed).toBeLessThanOrEqual(before.heapTotal);
      expect(Math.abs(after.heapUsed - before.heapUsed)).toBeLessThan(60 * 1024 * 1024);
    } finally {
      backend.close();
      await backend.closed();
    }
  });
});
