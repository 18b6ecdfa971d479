import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend, type Backend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { openDatabase } from '../../main/db/open';
import { formatNumberIt } from '../../shared/italian';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';
import type { BenchResult } from './measure';

const TARGET_BYTES = 500_000_000;
const SYLLABLES = ['ca', 'mo', 'ri', 'ta', 'ne', 'lo', 'vi', 'gia', 'no', 'sa', 'pe', 'tri', 'col', 'ter', 'ma'];

/** Agenda items of ~4 KB of word-like text (written through the real tables: the search triggers index them). */
function fillTo(dbPath: string, sedutaId: number, bytes: number): void {
  const db = openDatabase(dbPath);
  let seed = 9;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  const insert = db.prepare("INSERT INTO odg_punti (seduta_id, posizione, titolo, descrizione) VALUES (?, ?, 'Punto di prova', ?)");
  const size = () => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  for (let position = 100; size() < bytes; ) {
    db.transaction(() => {
      for (let i = 0; i < 5_000; i++) insert.run(sedutaId, position++, Array.from({ length: 600 }, word).join(' '));
    })();
  }
  db.close();
}

async function untilDone(backend: Backend, id: string): Promise<void> {
  for (;;) {
    const op = await backend.invoke('archivio.operazione', { id });
    if (!op.ok || op.value.stato === 'fallita') throw new Error(`bench: ${op.ok ? op.value.errore : op.error.message}`);
    if (op.value.stato === 'completata') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Issue 9: a verified copy of a 500 MB archive (backup API + integrity check of the copy), and the start-up quick_check. */
export async function benchArchivio(): Promise<BenchResult[]> {
  const { dir, cleanup } = makeTempDir('bench-archivio-');
  const dbPath = path.join(dir, 'conferenza.sqlite');
  try {
    const first = openBackend({ dbPath, assetsDir: projectPath('assets') });
    const created = await first.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null });
    first.close();
    if (!created.ok) throw new Error(created.error.message);
    fillTo(dbPath, created.value.seduta.id, TARGET_BYTES);
    const size = fs.statSync(dbPath).size;
    const mb = formatNumberIt(size / 1_000_000, 0);

    let start = performance.now();
    const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
    const openMs = performance.now() - start;
    const daily = await backend.invoke('archivio.stato', {});
    if (daily.ok && daily.value.operazioneInCorso) await untilDone(backend, daily.value.operazioneInCorso);

    start = performance.now();
    const saved = await backend.invoke('archivio.salva', {});
    if (!saved.ok || !('operazioneId' in saved.value)) throw new Error('bench: the copy did not start');
    await untilDone(backend, saved.value.operazioneId);
    const backupMs = performance.now() - start;

    start = performance.now();
    const check = await backend.invoke('archivio.controlla', {});
    if (!check.ok) throw new Error(check.error.message);
    await untilDone(backend, check.value.operazioneId);
    const checkMs = performance.now() - start;
    backend.close();
    return [
      { name: `Start on a ${mb} MB archive (open + PRAGMA quick_check)`, medianMs: openMs, runs: 1 },
      { name: `Save a copy of a ${mb} MB archive (backup API + full check of the copy + SHA-256)`, medianMs: backupMs, runs: 1, target: '< 60 s' },
      { name: `Full integrity check of a ${mb} MB archive`, medianMs: checkMs, runs: 1 },
    ];
  } finally {
    cleanup();
  }
}
