import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { openBackend, type Backend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { channels, type Channel } from '../../shared/contract/channels';
import { ERROR_CODES, type Result } from '../../shared/result';
import { expectOk } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { recordedSeduta } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';

export const CHANNELS = Object.keys(channels) as Channel[];

/**
 * One real backend for a whole fuzz file, holding more than the seed: a closed seduta with votes and its verbale,
 * and a regolamento, so that generated ids reach rows that refer to each other.
 */
export function useFuzzBackend(): { backend: () => Backend; dbPath: () => string } {
  let backend: Backend | undefined;
  let dbPath = '';
  let cleanup = () => {};
  beforeAll(async () => {
    const temp = makeTempDir('conferenza-fuzz-');
    cleanup = temp.cleanup;
    dbPath = path.join(temp.dir, 'conferenza.sqlite');
    backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
    const seduta = await recordedSeduta(backend, '2026-11-20');
    expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    expectOk(
      await backend.invoke('regolamenti.create', {
        titolo: 'Regolamento di prova',
        organoId: 1,
        tipo: 'regolamento',
        vigenteDal: '2026-11-20',
        verbaleId: null,
        puntoId: seduta.punti[1]!.id,
        articoli: [{ numero: '1', rubrica: 'Oggetto', testo: 'Il presente regolamento disciplina la prova.' }],
      }),
    );
  }, 60_000);
  afterAll(() => {
    backend?.close();
    cleanup();
  });
  return { backend: () => backend!, dbPath: () => dbPath };
}

/** A typed Result that no hostile input may turn into an internal error. */
export function expectTypedResult(result: Result<unknown>, label: string): void {
  expect(result, label).toBeTypeOf('object');
  if (result.ok) return;
  expect(ERROR_CODES, label).toContain(result.error.code);
  expect(result.error.code, `${label}: ${result.error.message}`).not.toBe('INTERNAL');
  expect(result.error.message, label).toMatch(/\S/);
}

/** Compares the database to the last snapshot; `refresh` after a call that may legitimately have changed it. */
export function dbWatcher(dbPath: () => string) {
  let last: Record<string, string[]> | undefined;
  return {
    refresh: () => void (last = snapshotDb(dbPath())),
    expectUnchanged: (label: string) => expect(snapshotDb(dbPath()), label).toEqual(last),
  };
}
