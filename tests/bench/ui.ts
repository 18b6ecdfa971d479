// What the user feels: first meaningful paint of each main page in Chromium, on the seed archive and on an archive
// of 5 000 sedute; the backend's memory after visiting every page. The backend runs as the preview does, in its own
// process (so its RSS is its own), on the built renderer (npm run bench builds it first); for memory, bundled as it
// ships (tsx's loader and transformed sources alone would add about 100 MB).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import pkg from '../../package.json' with { type: 'json' };
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

interface ShippedPreview {
  url: string;
  /** The process's RSS and the backend thread's own JavaScript memory, in MB. */
  memory(): Promise<{ rss: number; heapUsed: number; external: number }>;
  stop(): Promise<void>;
}

let shippedBundle: Promise<string> | undefined;

/**
 * tests/bench/shipped-preview.ts bundled beside a copy of the bundled backend thread (built by `npm run build`), in
 * .tmp/ (never in dist/, which the installer packages).
 */
const bundleShippedPreview = () =>
  (shippedBundle ??= (async () => {
    const dir = projectPath('.tmp', 'bench-shipped');
    const outfile = path.join(dir, 'shipped-preview.cjs');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(projectPath('dist', 'electron', 'backend-thread.cjs'), path.join(dir, 'backend-thread.cjs'));
    await build({
      entryPoints: [projectPath('tests', 'bench', 'shipped-preview.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: Object.keys(pkg.dependencies),
      logLevel: 'warning',
      logOverride: { 'empty-import-meta': 'silent' },
    });
    return outfile;
  })());

/** The backend as it ships (bundled, plain Node) behind the preview server, in its own process, on `dataDir`. */
async function startShippedPreview(dataDir: string): Promise<ShippedPreview> {
  const child = spawn(process.execPath, [await bundleShippedPreview(), dbPathIn(dataDir)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((line: string) => void)[] = [];
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /^Anteprima: (\S+)/.exec(line);
      if (match) resolve(match[1]!);
      else waiting.shift()?.(line);
    });
  });
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    url,
    memory: async () => {
      const line = new Promise<string>((resolve) => waiting.push(resolve));
      child.stdin!.write('memoria\n');
      const { rss, thread } = JSON.parse(await line) as { rss: number; thread: { heapUsed: number; external: number } };
      return { rss: mb(rss), heapUsed: mb(thread.heapUsed), external: mb(thread.external) };
    },
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The backend's memory just after start on the seed archive (and its idle-time PDF warm-up): before any archive. */
async function seedMemory() {
  const seed = makeTempDir('bench-rss-seed-');
  const preview = await startShippedPreview(seed.dir);
  try {
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    return await preview.memory();
  } finally {
    await preview.stop();
    seed.cleanup();
  }
}

/** The backend thread warms the PDF engine after a second without calls: memory is read once that is done. */
const WARM_UP_MS = 3_000;
const MEMORY_TARGET_MB = 150;

/**
 * The backend's memory after start and after a tour of every page, on the archive in `dataDir`: the RSS of the whole
 * process (backend thread, preview server, SQLite's caches, the native code) as the app ships it, beside the backend
 * thread's own heap and external memory.
 */
export async function tourRss(dataDir: string, verbali: number, annoPieno: number): Promise<BenchResult> {
  const baseline = await seedMemory();
  const preview = await startShippedPreview(dataDir);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    const atStart = await preview.memory();
    const page = await browser.newPage();
    const start = performance.now();
    await tour(page, preview.url, annoPieno);
    const after = await preview.memory();
    const thread = (m: { heapUsed: number; external: number }) => `${m.heapUsed.toFixed(0)} + ${m.external.toFixed(0)} MB`;
    return {
      name: `Memoria del backend (RSS del processo, come distribuito) dopo il giro di tutte le pagine a ${verbali.toLocaleString('it')} verbali`,
      medianMs: after.rss,
      unit: 'MB',
      runs: 1,
      target: `< ${MEMORY_TARGET_MB} MB`,
      note:
        `all'avvio ${atStart.rss.toFixed(0)} MB (sull'archivio iniziale ${baseline.rss.toFixed(0)} MB); il giro aggiunge ${(after.rss - atStart.rss).toFixed(0)} MB, ` +
        `in ${((performance.now() - start) / 1000).toFixed(1)} s; heap + external del thread del backend: archivio iniziale ${thread(baseline)}, ` +
        `all'avvio ${thread(atStart)}, dopo il giro ${thread(after)}; ${after.rss < MEMORY_TARGET_MB ? 'entro' : 'FUORI'} obiettivo`,
    };
  } finally {
    await browser.close();
    await preview.stop();
  }
}
