// Issue 11: the register of one year and the search, on corpora of 1k / 10k / 100k verbali; the backend's memory
// after a tour of every page on the largest.
import { openBackend, type Backend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { dbPathIn } from '../../main/config/data-dir';
import { openDatabase } from '../../main/db/open';
import { makeTempDir } from '../helpers/temp-dir';
import { CORPUS_YEARS, growVerbaliCorpus, rareWord, rng } from './archive';
import { median, percentile, timeRuns, type BenchResult } from './measure';
import { tourRss } from './ui';

const SIZES = [1_000, 10_000, 100_000];
const REGISTER_RUNS = 30;
const COMMON_WORDS = 20;
const COMMON_RUNS = 5;
const SELECTIVE_QUERIES = 200;
const LIKE_QUERIES = 10;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const organoId = 1;
/** A year in the middle of the corpus: it holds a tenth of it. */
const ANNO = CORPUS_YEARS.from + 4;

async function registerFigures(backend: Backend, size: number): Promise<BenchResult[]> {
  let righe = 0;
  const page = await timeRuns(async () => {
    const r = await backend.invoke('verbali.registroPagina', { organoId, anno: ANNO });
    if (!r.ok) throw new Error(r.error.message);
    righe = r.value.ultimo;
  }, REGISTER_RUNS, 3);
  const whole = await timeRuns(() => backend.invoke('verbali.registro', { organoId, anno: ANNO }), size >= 100_000 ? 3 : 10, 1);
  return [
    {
      name: `Registro di un anno (${righe.toLocaleString('it')} numeri) a ${size.toLocaleString('it')} verbali: la pagina mostrata (100 numeri)`,
      medianMs: median(page),
      runs: page.length,
      target: '< 20 ms a 100 000',
      note: `p95 ${ms(percentile(page, 95))}; l'anno intero in una chiamata (stampa del registro): mediana ${ms(median(whole))}`,
    },
  ];
}

/** The commonest indexed words (at least two letters, as the search box requires), from the index itself. */
function commonestWords(dbPath: string): string[] {
  const db = openDatabase(dbPath);
  try {
    db.exec("CREATE VIRTUAL TABLE temp.vocabolario USING fts5vocab(main, 'ricerca', 'row')");
    return (db.prepare(`SELECT term FROM temp.vocabolario WHERE length(term) >= 2 ORDER BY doc DESC LIMIT ${COMMON_WORDS}`).all() as { term: string }[]).map((r) => r.term);
  } finally {
    db.close();
  }
}

async function searchFigures(backend: Backend, dbPath: string, size: number): Promise<BenchResult[]> {
  const words = commonestWords(dbPath);
  const common: number[] = [];
  const recenti = new Set<string>();
  for (const q of words) {
    const runs = await timeRuns(async () => {
      const r = await backend.invoke('ricerca.trova', { q, tipi: [], anno: null });
      if (r.ok && r.value.ordine === 'recenti') recenti.add(q);
    }, COMMON_RUNS, 1);
    common.push(...runs);
  }
  const random = rng(7);
  // Selective terms, typed without accents as people do ("citta" for "città").
  const terms = Array.from({ length: SELECTIVE_QUERIES }, () => rareWord(Math.floor(random() * 200_000)).normalize('NFD').replace(/\p{M}/gu, ''));
  let i = 0;
  const selective = await timeRuns(() => backend.invoke('ricerca.trova', { q: terms[i++ % SELECTIVE_QUERIES]!, tipi: [], anno: null }), SELECTIVE_QUERIES, 5);
  const db = openDatabase(dbPath);
  const like = db.prepare('SELECT verbale_id FROM verbale_sezioni WHERE testo LIKE ? LIMIT 50');
  let j = 0;
  const likes = await timeRuns(() => like.all(`%${terms[j++ % SELECTIVE_QUERIES]}%`), LIKE_QUERIES, 1);
  db.close();
  return [
    {
      name: `Ricerca a ${size.toLocaleString('it')} documenti, le ${words.length} parole più comuni (${COMMON_RUNS} volte ciascuna): p50`,
      medianMs: median(common),
      runs: common.length,
      target: 'p95 < 50 ms',
      note: `p95 ${ms(percentile(common, 95))}; ${recenti.size} di ${words.length} mostrate dalla più recente (${words.join(', ')})`,
    },
    {
      name: `Ricerca a ${size.toLocaleString('it')} documenti, ${SELECTIVE_QUERIES} parole selettive: p50`,
      medianMs: median(selective),
      runs: selective.length,
      target: 'p95 < 10 ms',
      note: `p95 ${ms(percentile(selective, 95))}; LIKE su tutto il testo: mediana ${ms(median(likes))} → FTS ${(median(likes) / median(selective)).toFixed(0)}× più veloce (obiettivo ≥ 50×)`,
    },
  ];
}

/** One corpus grown from 1k to 100k verbali (~2 KB of text each), measured at each size. */
export async function benchCorpus(): Promise<BenchResult[]> {
  const { dir, cleanup } = makeTempDir('bench-corpus-');
  const dbPath = dbPathIn(dir);
  const results: BenchResult[] = [];
  try {
    let built = 0;
    for (const size of SIZES) {
      const start = performance.now();
      growVerbaliCorpus(dbPath, built, size);
      built = size;
      console.log(`   (corpus di ${size.toLocaleString('it')} verbali scritto in ${((performance.now() - start) / 1000).toFixed(0)} s)`);
      const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
      try {
        results.push(...(await registerFigures(backend, size)));
        if (size === SIZES.at(-1)) results.push(...(await searchFigures(backend, dbPath, size)));
      } finally {
        backend.close();
      }
    }
    results.push(await tourRss(dir, built, ANNO));
    return results;
  } finally {
    cleanup();
  }
}
