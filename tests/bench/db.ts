import path from 'node:path';
import { projectPath } from '../../main/cli/project-path';
import { openBackend } from '../../main/backend';
import { openDatabase } from '../../main/db/open';
import { computeEsito } from '../../main/services/esito';
import { makeTempDir } from '../helpers/temp-dir';
import { buildSeduteArchive } from './archive';
import { median, timeRuns, type BenchResult } from './measure';

/** Open + migrate + seed of a fresh database, and re-open of an existing one. */
export async function benchDatabaseOpen(): Promise<BenchResult[]> {
  const { dir, cleanup } = makeTempDir('bench-open-');
  try {
    let n = 0;
    const fresh = await timeRuns(() => openDatabase(path.join(dir, `fresh-${n++}.sqlite`)).close(), 15);
    const existing = path.join(dir, 'fresh-0.sqlite');
    const reopen = await timeRuns(() => openDatabase(existing).close(), 15);
    return [
      { name: 'DB open + migrate + seed (new file)', medianMs: median(fresh), runs: fresh.length, target: '< 50 ms' },
      { name: 'DB open of an existing file', medianMs: median(reopen), runs: reopen.length },
    ];
  } finally {
    cleanup();
  }
}

const SEDUTE = 5000;

/** Issue 3's targets: one year's sedute listed, one vote's outcome computed, on 5 000 sedute. */
export async function benchSedute(): Promise<BenchResult[]> {
  const { dir, cleanup } = makeTempDir('bench-sedute-');
  const dbPath = path.join(dir, 'sedute.sqlite');
  try {
    buildSeduteArchive(dbPath, SEDUTE);
    const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
    let count = 0;
    const list = await timeRuns(async () => {
      const result = await backend.invoke('sedute.list', { organoId: 1, anno: 2021 });
      if (result.ok) count = result.value.length;
    }, 30);
    const detail = await backend.invoke('sedute.get', { id: 2500 });
    backend.close();
    if (!detail.ok || !detail.value.regole) throw new Error('bench: seduta 2500 not readable');
    const { presenze, regole, seduta } = detail.value;
    const voti = presenze.filter((p) => p.stato !== 'assente').map((p, i) => ({ comuneId: p.comuneId, voto: i % 5 === 0 ? ('contrario' as const) : ('favorevole' as const) }));
    const vote = { modalita: 'palese' as const, ora: null, voti, conteggi: null };
    const outcome = await timeRuns(() => computeEsito(regole, seduta.convocazioneEffettiva, presenze, vote, 27), 200, 20);
    return [
      { name: `List one year's sedute (${count} of ${SEDUTE}, 27 presences and 12-20 items each)`, medianMs: median(list), runs: list.length, target: '< 20 ms' },
      { name: 'Outcome of one named vote (27 comuni)', medianMs: median(outcome), runs: outcome.length, target: '< 1 ms' },
    ];
  } finally {
    cleanup();
  }
}
