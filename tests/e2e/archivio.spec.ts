import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { startPreviewServer } from '../../main/preview/server';
import { corruptTablePage } from '../helpers/damage';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';
import { expect, httpBackend, test } from './fixtures';

/** Some 15 MB of agenda items, written by another connection: enough for the copy to take visible time. */
function growArchive(dbPath: string, sedutaId: number): void {
  const db = new Database(dbPath);
  const testo = 'Relazione istruttoria sul punto all’ordine del giorno. '.repeat(25);
  const insert = db.prepare("INSERT INTO odg_punti (seduta_id, posizione, titolo, descrizione) VALUES (?, ?, 'Punto di prova', ?)");
  db.transaction(() => {
    for (let i = 0; i < 8_000; i++) insert.run(sedutaId, 1000 + i, testo);
  })();
  db.close();
}

const titles = async (preview: Parameters<typeof httpBackend>[0]) => {
  const result = await httpBackend(preview).invoke('sedute.list', { organoId: 1, anno: 2026 });
  return result.ok ? result.value.map((s) => s.oggetto) : [];
};

test('Archivio: a copy saved with progress, its name, size and SHA-256; restored after a look at what it holds', async ({ page, preview }) => {
  test.setTimeout(90_000);
  const api = httpBackend(preview);
  const created = await api.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null, oggetto: 'Nella copia' });
  if (!created.ok) throw new Error(created.error.message);
  growArchive(preview.dbPath, created.value.seduta.id);

  await page.goto(`${preview.url}#/impostazioni/archivio`);
  await expect(page.getByRole('navigation', { name: 'Sezioni delle impostazioni' }).getByRole('link', { name: 'Archivio' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Salva una copia' })).toBeVisible();
  await expect(page.getByText('Nessuna copia per ora')).toBeVisible();

  await page.getByRole('button', { name: "Salva una copia dell'archivio" }).click();
  await expect(page.getByRole('progressbar', { name: 'Salvataggio della copia' })).toBeVisible();
  const saved = page.getByRole('status').filter({ hasText: 'Copia salvata e verificata.' });
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const nome = (await saved.locator('dt:has-text("File") + dd').textContent())!;
  const file = path.join(path.dirname(preview.dbPath), 'copie', nome);
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  await expect(saved.locator('dt:has-text("SHA-256") + dd')).toHaveText(sha256);
  await expect(saved.locator('dt:has-text("Dimensione") + dd')).toHaveText(/^\d+(,\d+)? MB$/);

  await api.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-12-11', convocazioneData: null, oggetto: 'Dopo la copia' });
  expect(await titles(preview)).toEqual(expect.arrayContaining(['Nella copia', 'Dopo la copia']));

  await page.getByRole('button', { name: `Esamina la copia ${nome}` }).click();
  await expect(page.getByText('Controlli superati', { exact: false })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('dt:has-text("Sedute") + dd')).toHaveText('6');
  await page.getByRole('button', { name: 'Ripristina questa copia' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Ripristinare questa copia?' });
  await expect(dialog).toContainText("L'archivio attuale sarà sostituito");
  await dialog.getByRole('button', { name: 'Sì, ripristina' }).click();
  await expect(page.getByText(`Archivio ripristinato dalla copia ${nome}`)).toBeVisible({ timeout: 60_000 });

  expect(await titles(preview)).toEqual(['Nella copia']);
  await page.getByRole('button', { name: "Riapri l'applicazione" }).click();
  await page.goto(`${preview.url}#/impostazioni/archivio`);
  await expect(page.getByRole('table', { name: "Copie dell'archivio" })).toContainText('Archivio sostituito da un ripristino');
});

test('Archivio: a damaged archive opens read-only with a red banner that leads to restoring the latest copy', async ({ page }) => {
  // Building the archive, damaging it and restoring it is slow on a loaded two-core machine.
  test.setTimeout(120_000);
  const { dir, cleanup } = makeTempDir('conferenza-e2e-danno-');
  const dbPath = path.join(dir, 'conferenza.sqlite');
  const first = openBackend({ dbPath, assetsDir: projectPath('assets') });
  for (let i = 0; i < 40; i++) {
    const data = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
    await first.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null, oggetto: `Seduta ${i}: `.repeat(30).trim() });
  }
  first.close();
  fs.mkdirSync(path.join(dir, 'copie'));
  const copia = 'conferenza-giornaliera-2026-11-30.sqlite';
  fs.copyFileSync(dbPath, path.join(dir, 'copie', copia));
  corruptTablePage(dbPath, 'sedute');

  const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
  const server = await startPreviewServer({ backend, rendererDir: projectPath('dist', 'renderer') });
  try {
    await page.goto(server.url);
    const banner = page.getByRole('alert').filter({ hasText: 'Archivio danneggiato.' });
    await expect(banner).toContainText("è aperto in sola lettura; ripristinare l'ultima copia buona.");
    await banner.getByRole('link', { name: `Ripristina l'ultima copia (${copia})` }).click();
    await expect(page.getByText('Controlli superati', { exact: false })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Ripristina questa copia' }).click();
    await page.getByRole('alertdialog', { name: 'Ripristinare questa copia?' }).getByRole('button', { name: 'Sì, ripristina' }).click();
    await expect(page.getByText(`Archivio ripristinato dalla copia ${copia}`)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: "Riapri l'applicazione" }).click();
    await expect(page.getByRole('navigation', { name: 'Navigazione principale' })).toBeVisible();
    await expect(page.getByText('Archivio danneggiato.')).toHaveCount(0);
  } finally {
    await server.close();
    backend.close();
    cleanup();
  }
});
