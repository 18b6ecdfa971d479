import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { projectPath } from '../../main/cli/project-path';
import { expectOk, useTempBackend } from '../helpers/backend';
import { closedSeduta } from '../helpers/seduta-fixture';

const run = promisify(execFile);
const PER_WORKER = 15;

const open = useTempBackend();

test('two processes creating verbali at once on the same file get every number once, without gaps', async () => {
  const { backend, dbPath } = open();
  const sedute: number[] = [];
  for (let i = 0; i < 2 * PER_WORKER; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    sedute.push((await closedSeduta(backend, `2026-${month}-${day}`)).seduta.id);
  }
  const startAt = String(Date.now() + 2500);
  const worker = (ids: number[]) =>
    run(process.execPath, ['--import', 'tsx', projectPath('tests', 'helpers', 'verbali-worker.ts'), dbPath, startAt, ...ids.map(String)], { cwd: projectPath() });
  const outputs = await Promise.all([worker(sedute.filter((_, i) => i % 2 === 0)), worker(sedute.filter((_, i) => i % 2 === 1))]);
  const numbers = outputs.flatMap((o) => JSON.parse(o.stdout) as string[]);
  expect(numbers.filter((n) => n.startsWith('ERR'))).toEqual([]);
  expect(numbers.sort()).toEqual(Array.from({ length: 2 * PER_WORKER }, (_, i) => `${String(i + 1).padStart(2, '0')}/2026`));
  const registro = expectOk(await backend.invoke('verbali.registro', { organoId: 1, anno: 2026 }));
  expect(registro.righe.every((r) => r.inArchivio)).toBe(true);
}, 60_000);
