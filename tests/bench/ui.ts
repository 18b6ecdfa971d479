import path from 'node:path';
import { chromium } from '@playwright/test';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { startPreviewServer } from '../../main/preview/server';
import playwrightConfig from '../../playwright.config';
import { makeTempDir } from '../helpers/temp-dir';
import { median, type BenchResult } from './measure';

// A string, not a function: tsx's transform would add helpers the page doesn't have.
const FIRST_TABLE_AT = `new Promise((resolve) => {
  const check = () => document.querySelectorAll('table[aria-label="Elenco dei comuni"] tbody tr').length >= 27
    ? resolve(performance.now()) : requestAnimationFrame(check);
  check();
})`;

/** Time from navigation to the Comuni table showing its 27 rows, in the built renderer on the preview. */
export async function benchFirstTable(): Promise<BenchResult[]> {
  const { dir, cleanup } = makeTempDir('bench-ui-');
  const backend = openBackend({ dbPath: path.join(dir, 'ui.sqlite'), assetsDir: projectPath('assets') });
  const server = await startPreviewServer({ backend, rendererDir: projectPath('dist', 'renderer') });
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    // Measured inside the page: from navigation start to the frame in which the 27th row exists.
    const durations: number[] = [];
    for (let run = 0; run < 11; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}#/comuni`, { waitUntil: 'commit' });
      const ms = (await page.evaluate(FIRST_TABLE_AT)) as number;
      if (run > 0) durations.push(ms);
      await context.close();
    }
    return [{ name: 'Preview: navigation to first Comuni table (27 rows), fresh context', medianMs: median(durations), runs: durations.length, target: '< 300 ms' }];
  } finally {
    await browser.close();
    await server.close();
    backend.close();
    cleanup();
  }
}
