import fs from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Locator } from '@playwright/test';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { systemClock, todayIn } from '../../shared/clock';
import { addDays } from '../../shared/domain/pubblicazione-periodo';
import { fixedClock } from '../helpers/backend';
import { signedVerbale } from '../helpers/verbale-fixture';
import { expect, test, type Preview } from './fixtures';

/** A verbale signed by hand ten days ago, recorded by a second backend on the same file with its clock set back. */
async function signedDaysAgo(preview: Preview) {
  const today = todayIn(systemClock);
  const firmaIl = addDays(today, -10);
  const past = openBackend({ dbPath: preview.dbPath, assetsDir: projectPath('assets'), clock: fixedClock(`${firmaIl}T10:00:00.000Z`) });
  try {
    return (await signedVerbale(past, addDays(today, -11), firmaIl)).verbale;
  } finally {
    past.close();
  }
}

async function downloadBy(button: Locator): Promise<Buffer> {
  const downloaded: Promise<Download> = button.page().waitForEvent('download');
  await button.click();
  return fs.readFile(await (await downloaded).path());
}

test('Conservazione: the verbale’s «Metadati», a pacchetto di versamento created and downloaded again identical, a convocation with its metadata', async ({ page, preview }) => {
  test.setTimeout(90_000); // a seduta recorded and a PDF/A rendered on a loaded machine
  const verbale = await signedDaysAgo(preview);
  const nn = String(verbale.numero).padStart(2, '0');
  const id = `VERBALE-${verbale.anno}-${nn}`;
  await page.goto(`${preview.url}#/verbali/${verbale.id}`);

  const metadati = page.getByRole('region', { name: 'Metadati' });
  const card = metadati.getByRole('article', { name: `Metadati di Verbale_${nn}_${verbale.anno}.pdf` });
  await expect(card.getByText(id, { exact: true })).toBeVisible();
  await expect(card.getByText('Autore (Presidente): Antonio Rizzo')).toBeVisible();
  const xml = (await downloadBy(card.getByRole('button', { name: /^Scarica metadati \(XML\)/ }))).toString('utf8');
  expect(xml).toContain(`<Identificativo>${id}</Identificativo>`);

  await page.getByRole('link', { name: 'Conservazione' }).click();
  await page.getByLabel('Un verbale, con allegati e file firmati').check();
  await page.getByLabel('Verbale', { exact: true }).selectOption({ label: `n. ${verbale.numeroTesto} – ${verbale.oggetto} (Firmato)` });
  const zip = await downloadBy(page.getByRole('button', { name: 'Crea il pacchetto di versamento' }));
  await expect(page.getByText('Pacchetto di versamento registrato e salvato.')).toBeVisible();
  const names = Object.keys((await JSZip.loadAsync(zip)).files);
  expect(names).toContain('IdC.xml');
  expect(names).toContain(`verbali/${verbale.anno}/${nn}/Verbale_${nn}_${verbale.anno}.pdf.metadati.xml`);

  const storico = page.getByRole('table', { name: 'Versamenti registrati' });
  const row = storico.getByRole('row').filter({ hasText: `Verbale n. ${verbale.numeroTesto}` });
  await expect(row).toHaveCount(1);
  expect(await downloadBy(row.getByRole('button', { name: /^Scarica di nuovo/ }))).toEqual(zip);

  // A document produced on demand comes with its metadata beside it.
  await page.goto(`${preview.url}#/sedute/${verbale.sedutaId}/documenti`);
  const lettera = await JSZip.loadAsync(await downloadBy(page.getByRole('button', { name: 'Lettera con i metadati AgID (ZIP)' })));
  expect(Object.keys(lettera.files)).toEqual([`Convocazione_seduta_${verbale.sedutaId}.pdf`, `Convocazione_seduta_${verbale.sedutaId}.pdf.metadati.xml`]);
});
