// What the user feels: first meaningful paint of each main page in Chromium, on the seed archive and on an archive
// of 5 000 sedute; the backend's memory after visiting every page. The backend runs as the preview does, in its own
// process (so its RSS is its own), on the built renderer (npm run bench builds it first).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from '@playwright/test';
import { projectPath } from '../../main/cli/project-path';
import { dbPathIn } from '../../main/config/data-dir';
import { openDatabase } from '../../main/db/open';
import playwrightConfig from '../../playwright.config';
import { makeTempDir } from '../helpers/temp-dir';
import { buildSeduteArchive } from './archive';
import { median, type BenchResult } from './measure';

const SEDUTE = 5000;
const RUNS = 7;
const FMP_TARGET_MS = 300;
const RATIO_TARGET = 1.3;

/**
 * Each page's first meaningful paint: the frame in which its content (not a loading message) exists, timed inside
 * the page from navigation start. Strings, not functions: tsx's transform would add helpers the page doesn't have.
 */
const PAGES: { name: string; hash: string; ready: string }[] = [
  { name: 'Percorso (home)', hash: '#/percorso', ready: "document.querySelector('.reg-timeline-item a')" },
  { name: 'Sedute', hash: '#/sedute', ready: `document.querySelector('table[aria-label="Elenco delle sedute"] tbody tr')` },
  {
    name: 'Verbali',
    hash: '#/verbali',
    ready: `document.querySelector('table[aria-label="Registro dei verbali"] tbody tr') || [...document.querySelectorAll('p')].some((p) => p.textContent.startsWith('Nessun verbale registrato'))`,
  },
  { name: 'Ricerca «comune»', hash: '#/ricerca/comune', ready: "document.querySelector('.risultati-count')" },
  { name: 'Comuni', hash: '#/comuni', ready: `document.querySelectorAll('table[aria-label="Elenco dei comuni"] tbody tr').length >= 27` },
];

const readyAt = (condition: string) => `new Promise((resolve) => {
  const check = () => (${condition}) ? resolve(performance.now()) : requestAnimationFrame(check);
  check();
})`;

interface Preview {
  url: string;
  /** Resident memory of the backend's process, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** The preview (backend + HTTP) in its own Node process on `dataDir`, as `npm run preview` starts it. */
async function startPreview(dataDir: string): Promise<Preview> {
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('main', 'cli', 'preview.ts'), '--data-dir', dataDir, '--port', '0'], {
    cwd: projectPath(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Anteprima: (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
  });
  return {
    url,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function firstPaint(browser: Browser, url: string, ready: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return (await page.evaluate(readyAt(ready))) as number;
  } finally {
    await context.close();
  }
}

/**
 * Median first meaningful paint of every page on each archive, fresh context each time (after one untimed visit).
 * The archives take turns, visit by visit: a load on the machine weighs on both alike, and the ratio stays fair.
 */
async function paintTimes(browser: Browser, dataDirs: readonly string[]): Promise<number[][]> {
  const previews = await Promise.all(dataDirs.map(startPreview));
  try {
    const medians: number[][] = dataDirs.map(() => []);
    for (const p of PAGES) {
      const durations: number[][] = dataDirs.map(() => []);
      for (let run = 0; run <= RUNS; run++) {
        for (const [k, preview] of previews.entries()) {
          const ms = await firstPaint(browser, preview.url + p.hash, p.ready);
          if (run > 0) durations[k]!.push(ms);
        }
      }
      durations.forEach((d, k) => medians[k]!.push(median(d)));
    }
    return medians;
  } finally {
    await Promise.all(previews.map((p) => p.stop()));
  }
}

const seedArchive = (dataDir: string) => openDatabase(dbPathIn(dataDir)).close();

/** First meaningful paint of each main page at 5 000 sedute, against the seed archive. */
export async function benchFirstPaint(): Promise<BenchResult[]> {
  const seed = makeTempDir('bench-ui-seed-');
  const large = makeTempDir('bench-ui-sedute-');
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    seedArchive(seed.dir);
    buildSeduteArchive(dbPathIn(large.dir), SEDUTE);
    const [base, big] = (await paintTimes(browser, [seed.dir, large.dir])) as [number[], number[]];
    return PAGES.map((p, i) => {
      const ratio = big[i]! / base[i]!;
      const ok = ratio <= RATIO_TARGET && big[i]! < FMP_TARGET_MS;
      return {
        name: `Prima visualizzazione utile: ${p.name} a ${SEDUTE.toLocaleString('it')} sedute`,
        medianMs: big[i]!,
        runs: RUNS,
        target: `≤ ${RATIO_TARGET}× l'archivio iniziale e < ${FMP_TARGET_MS} ms`,
        note: `archivio iniziale ${base[i]!.toFixed(0)} ms → ${ratio.toFixed(2)}× ${ok ? '(entro gli obiettivi)' : '(FUORI OBIETTIVO)'}`,
      };
    });
  } finally {
    await browser.close();
    seed.cleanup();
    large.cleanup();
  }
}

/** Visits every page as a user would (the register of a full year and a common word included). */
async function tour(page: Page, url: string, annoPieno: number): Promise<void> {
  for (const p of PAGES) {
    await page.goto(url + p.hash);
    await page.evaluate(readyAt(p.ready));
  }
  await page.goto(`${url}#/verbali`);
  await page.getByLabel('Anno').selectOption(String(annoPieno));
  await page.evaluate(readyAt(`document.querySelectorAll('table[aria-label="Registro dei verbali"] tbody tr').length >= 100`));
  for (const hash of ['#/ricerca/verbale', '#/regolamenti', '#/impostazioni', '#/sedute/statistiche']) {
    await page.goto(url + hash);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
}

/** Resident memory of a backend just started on the seed archive: what the process costs before any archive. */
async function seedRss(): Promise<number> {
  const seed = makeTempDir('bench-rss-seed-');
  const preview = await startPreview(seed.dir);
  try {
    return preview.rssMb();
  } finally {
    await preview.stop();
    seed.cleanup();
  }
}

/** The backend's resident memory after start and after a tour of every page, on the archive in `dataDir`. */
export async function tourRss(dataDir: string, verbali: number, annoPieno: number): Promise<BenchResult> {
  const baseline = await seedRss();
  const preview = await startPreview(dataDir);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    const atStart = preview.rssMb();
    const page = await browser.newPage();
    const start = performance.now();
    await tour(page, preview.url, annoPieno);
    const after = preview.rssMb();
    return {
      name: `Memoria del backend (RSS) dopo il giro di tutte le pagine a ${verbali.toLocaleString('it')} verbali`,
      medianMs: after,
      unit: 'MB',
      runs: 1,
      target: '< 150 MB',
      note:
        `all'avvio ${atStart.toFixed(0)} MB (sull'archivio iniziale ${baseline.toFixed(0)} MB: il processo dell'anteprima sotto tsx, ` +
        `con tutti i moduli caricati all'avvio); il giro aggiunge ${(after - atStart).toFixed(0)} MB, in ${((performance.now() - start) / 1000).toFixed(1)} s; ` +
        `${after < 150 ? 'entro' : 'FUORI'} obiettivo`,
    };
  } finally {
    await browser.close();
    await preview.stop();
  }
}
