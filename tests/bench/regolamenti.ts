// Point-in-time text of a large regolamento: 60 articles, 19 amendments on top of the original.
import { testoVigente, type Modifica, type Versione } from '../../shared/regolamenti';
import { median, timeRuns, type BenchResult } from './measure';

const ARTICLES = 60;
const VERSIONS = 20;
const RUNS = 500;

/** About 1 KB of text per article, as in the Ambito's regolamenti. */
const paragraph = (seed: number): string =>
  Array.from({ length: 8 }, (_, i) => `${i + 1}. La Conferenza dei Sindaci delibera sulla materia n. ${seed * 10 + i}, sentiti i comuni dell’Ambito e l’Ufficio di Piano.`).join('\n');

function generateVersioni(): Versione[] {
  const versioni: Versione[] = [
    {
      id: 1,
      vigenteDal: '2018-01-17',
      numeroVerbale: '01/2018',
      kind: 'testo_integrale',
      articoli: Array.from({ length: ARTICLES }, (_, i) => ({ numero: String(i + 1), rubrica: `Rubrica ${i + 1}`, testo: paragraph(i) })),
    },
  ];
  for (let v = 2; v <= VERSIONS; v++) {
    // Each amendment replaces three of the first 40 articles, inserts one "bis" and, every fourth
    // time, repeals one of the last 20: a consistent history, so no warning work is timed.
    const modifiche: Modifica[] = [
      ...[0, 1, 2].map((k): Modifica => ({ tipo: 'sostituito', numero: String(((v * 7 + k * 13) % 40) + 1), testo: paragraph(v * 100 + k) })),
      { tipo: 'inserito', numero: `${v} bis`, rubrica: `Rubrica ${v}-bis`, testo: paragraph(v * 1000) },
      ...(v % 4 === 0 ? [{ tipo: 'abrogato', numero: String(40 + v / 4) } as const] : []),
    ];
    versioni.push({ id: v, vigenteDal: `${2018 + Math.floor(v / 4)}-${String((v % 12) + 1).padStart(2, '0')}-01`, kind: 'modifica', modifiche });
  }
  return versioni;
}

export async function benchVigenza(): Promise<BenchResult[]> {
  const versioni = generateVersioni();
  const durations = await timeRuns(() => testoVigente(versioni, '2030-12-31'), RUNS, 20);
  return [
    {
      name: `Testo vigente: ${ARTICLES} articoli, ${VERSIONS} versioni`,
      medianMs: median(durations),
      runs: RUNS,
      target: '< 5 ms',
    },
  ];
}
