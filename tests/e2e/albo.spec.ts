import fs from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { systemClock, todayIn } from '../../shared/clock';
import { addDays, fineMinima } from '../../shared/domain/pubblicazione-periodo';
import { formatDateIt } from '../../shared/italian';
import { fixedClock } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { signedVerbale } from '../helpers/verbale-fixture';
import { expect, test, type Preview } from './fixtures';

/**
 * A verbale signed by hand 30 days ago. The backend takes "now" from its clock, so a second backend on the same file,
 * with a clock set 30 days back, records the seduta, the approval, the export and the signature on those days; the
 * page then works with the real clock, as the office does.
 */
async function signedMonthAgo(preview: Preview) {
  const today = todayIn(systemClock);
  const firmaIl = addDays(today, -30);
  const past = openBackend({ dbPath: preview.dbPath, assetsDir: projectPath('assets'), clock: fixedClock(`${firmaIl}T10:00:00.000Z`) });
  try {
    const { seduta, verbale } = await signedVerbale(past, addDays(today, -31), firmaIl);
    return { verbale, delegato: seduta.presenze.find((p) => p.stato === 'delegato')!.nominativo };
  } finally {
    past.close();
  }
}

const pdfText = async (download: Download) => normalizeSpaces(pdfPagesText(await fs.readFile(await download.path())).join(' '));

async function downloadBy(page: Page, name: string): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  return downloaded;
}

test('Albo pretorio: «Pubblica all’albo» from the signed verbale with omissis, 15 days at least; the referto once ended; the list in course and ended', async ({
  page,
  preview,
}) => {
  test.setTimeout(90_000); // a seduta recorded, three PDF/A rendered, on a loaded machine
  const { verbale, delegato } = await signedMonthAgo(preview);
  const dal = addDays(todayIn(systemClock), -25);
  const numero = `42/${dal.slice(0, 4)}`;
  await page.goto(`${preview.url}#/verbali/${verbale.id}`);

  const section = page.getByRole('region', { name: 'Pubblicazione all’albo pretorio' });
  await expect(section.getByText('Nessuna pubblicazione all’albo.')).toBeVisible();
  await section.getByRole('button', { name: 'Pubblica all’albo' }).click();
  const dialog = page.getByRole('dialog', { name: `Pubblicazione all’albo pretorio del verbale n. ${verbale.numeroTesto}` });
  await dialog.getByLabel('Numero del registro dell’albo').fill('42');
  await dialog.getByLabel('Pubblicata dal').fill(formatDateIt(dal));
  // The end follows the start: fifteen days, the first included.
  await expect(dialog.getByLabel('Pubblicata al')).toHaveValue(formatDateIt(fineMinima(dal)));
  await dialog.getByLabel('Pubblicata al').fill(formatDateIt(addDays(dal, 13)));
  await dialog.getByLabel('Dati personali da omettere').fill(`${delegato.toLowerCase()}\n`);
  await dialog.getByRole('button', { name: 'Pubblica all’albo' }).click();
  // The backend's message, at the field.
  await expect(dialog.getByLabel('Pubblicata al')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Pubblicata al')).toHaveAccessibleDescription(
    new RegExp(`iniziando il ${formatDateIt(dal)} termina non prima del ${formatDateIt(fineMinima(dal))}`),
  );

  await dialog.getByLabel('Pubblicata al').fill(formatDateIt(fineMinima(dal)));
  // The preview opens in the browser's viewer and records nothing.
  const popup = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Anteprima della copia' }).click();
  await (await popup).close();
  await expect(dialog.getByText(`«Albo_42_${dal.slice(0, 4)}_anteprima.pdf» aperto nel visualizzatore PDF`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Pubblica all’albo' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Pubblicazione n. ${numero} registrata`)).toBeVisible();
  const history = section.getByRole('table', { name: `Pubblicazioni all’albo del verbale n. ${verbale.numeroTesto}` });
  await expect(history.getByRole('row', { name: new RegExp(numero) })).toContainText('Conclusa, referto da emettere');

  const copia = await downloadBy(page, `Copia pubblicata n. ${numero}`);
  expect(copia.suggestedFilename()).toBe(`Albo_42_${dal.slice(0, 4)}_copia.pdf`);
  const copiaText = await pdfText(copia);
  expect(copiaText).toContain("COPIA PER LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE");
  expect(copiaText).toContain('omissis');
  expect(copiaText).not.toContain(delegato);

  await page.getByRole('button', { name: `Referto di pubblicazione n. ${numero}` }).click();
  const refertoDialog = page.getByRole('dialog', { name: `Referto di pubblicazione n. ${numero}` });
  await refertoDialog.getByLabel('Esito della pubblicazione').selectOption({ label: 'Con opposizioni, reclami o altre annotazioni' });
  await refertoDialog.getByRole('button', { name: 'Emetti il referto' }).click();
  await expect(refertoDialog.getByLabel('Opposizioni o reclami pervenuti')).toHaveAccessibleDescription(/Indicare le opposizioni o i reclami pervenuti/);
  await refertoDialog.getByLabel('Esito della pubblicazione').selectOption({ label: 'Senza opposizioni o reclami' });
  await refertoDialog.getByLabel('Chi firma il referto').fill('Caterina Cerbino');
  await refertoDialog.getByRole('button', { name: 'Emetti il referto' }).click();
  await expect(refertoDialog).toBeHidden();
  await expect(history.getByRole('row', { name: new RegExp(numero) })).toContainText('Conclusa, referto emesso');
  const referto = await pdfText(await downloadBy(page, `Scarica il referto n. ${numero}`));
  expect(referto).toContain(`dal ${formatDateIt(dal)} al ${formatDateIt(fineMinima(dal))} per 15 giorni consecutivi, al n. ${numero} del registro delle pubblicazioni`);
  expect(referto).toContain('non sono pervenuti opposizioni o reclami');

  // The Albo page, from the main navigation: ended publications apart from those in course.
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Albo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Albo pretorio' })).toBeVisible();
  await expect(page.getByText('Nessuna pubblicazione in corso.')).toBeVisible();
  await page.getByLabel('Concluse').check();
  const albo = page.getByRole('table', { name: 'Pubblicazioni all’albo pretorio' });
  await expect(albo.getByRole('row', { name: new RegExp(numero) })).toContainText(`Verbale n. ${verbale.numeroTesto}`);
  await albo.getByRole('link', { name: `Verbale n. ${verbale.numeroTesto}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Verbale n. ${verbale.numeroTesto}` })).toBeVisible();
});
