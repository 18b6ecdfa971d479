import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { systemClock, todayIn } from '../../shared/clock';
import { formatDateIt } from '../../shared/italian/dates';
import { expectOk } from '../helpers/backend';
import { recordedSeduta } from '../helpers/seduta-fixture';
import { SCAN_PDF } from '../helpers/verbale-fixture';
import { expect, httpBackend, test, type Preview } from './fixtures';

// The e2e backend runs on the real clock, and a seduta is not held before its day: every act is dated today.
const oggi = todayIn(systemClock);

test.afterEach(async ({ page }) => {
  await page.close();
});

/** A seduta held today whose last item approves its own verbale (voted unanimously), closed, and its draft verbale. */
async function draftOfToday(preview: Preview) {
  const api = httpBackend(preview);
  const seduta = await recordedSeduta(api, oggi, { approvazione: true });
  const verbale = expectOk(await api.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
  return { api, seduta, verbale };
}

async function approveInPage(page: Page, numero: string) {
  await page.getByRole('button', { name: 'Approva', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Approvazione del verbale n. ${numero}` });
  await expect(dialog.getByLabel('Punto che approva il verbale')).toContainText('Lettura e approvazione del verbale della seduta (votazione: approvato)');
  await dialog.getByRole('button', { name: 'Approva il verbale' }).click();
  await expect(page.getByText(`Verbale n. ${numero} approvato: il testo non è più modificabile.`)).toBeVisible();
}

test('An approved verbale locks its seduta; the approval is withdrawn with a reason, which the Registro delle modifiche shows', async ({
  page,
  preview,
}) => {
  test.setTimeout(90_000);
  const { seduta, verbale } = await draftOfToday(preview);
  const numero = verbale.numeroTesto;

  await page.goto(`${preview.url}#/verbali/${verbale.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Verbale n. ${numero}` })).toBeVisible();
  await approveInPage(page, numero);
  await expect(page.getByText(`Approvato il ${formatDateIt(oggi)} nella stessa seduta: il testo non è più modificabile.`)).toBeVisible();

  // The seduta: locked, reopening refused with the shared table's reason.
  await page.getByRole('link', { name: `Seduta del ${formatDateIt(oggi)}`, exact: true }).click();
  await expect(page.getByText(/Seduta bloccata: il verbale n\. .* è approvato; le correzioni si fanno con una rettifica\./)).toBeVisible();
  await expect(page.getByRole('link', { name: `verbale n. ${numero}` })).toHaveAttribute('href', `#/verbali/${verbale.id}`);
  await expect(page.getByRole('button', { name: 'Riapri la seduta' })).toBeDisabled();
  await expect(
    page.getByText('Il verbale della seduta è approvato: la seduta non si riapre più; le correzioni si fanno con una rettifica.'),
  ).toBeVisible();
  await expect(page.getByText(/^Esiti fissati alla chiusura del .* con le regole valide dal 27\/07\/2016: modifiche successive/)).toBeVisible();

  // Withdrawal: the reason is required, then the verbale is a draft again and the seduta can be reopened.
  await page.getByRole('link', { name: `verbale n. ${numero}` }).click();
  await page.getByRole('button', { name: 'Ritira l’approvazione' }).click();
  const ritira = page.getByRole('dialog', { name: `Ritiro dell’approvazione del verbale n. ${numero}` });
  await ritira.getByRole('button', { name: 'Ritira l’approvazione' }).click();
  await expect(ritira.getByLabel('Motivo del ritiro')).toHaveAttribute('aria-invalid', 'true');
  await ritira.getByLabel('Motivo del ritiro').fill('Manca la presenza del Sindaco di Senise');
  await ritira.getByRole('button', { name: 'Ritira l’approvazione' }).click();
  await expect(page.getByText(`Approvazione del verbale n. ${numero} ritirata: il verbale è di nuovo in bozza.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approva', exact: true })).toBeVisible();

  await page.goto(`${preview.url}#/sedute/${seduta.seduta.id}`);
  await expect(page.getByRole('button', { name: 'Riapri la seduta' })).toBeEnabled();
  await expect(page.getByText(/Seduta bloccata/)).toHaveCount(0);

  // The Registro delle modifiche of this act: the approval, then its withdrawal with the reason.
  await page.goto(`${preview.url}#/verbali/${verbale.id}`);
  await page.getByRole('link', { name: 'Registro delle modifiche di questo atto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registro delle modifiche' })).toBeVisible();
  const righe = page.getByRole('table', { name: 'Voci del registro delle modifiche' });
  const ritiro = righe.getByRole('row', { name: /Approvazione del verbale ritirata/ });
  await expect(ritiro).toContainText(`Verbale ${verbale.id}`);
  await expect(ritiro).toContainText(/stato «approvato» → «bozza»/);
  await expect(righe.getByRole('row', { name: /Verbale approvato/ })).toHaveCount(1);
  await expect(righe.getByRole('row', { name: /Seduta/ })).toHaveCount(0);
});

test('Paper signature: exported for signing, signed by hand with the scan attached, then «Firmato» with the digitised copy', async ({
  page,
  preview,
}) => {
  test.setTimeout(90_000);
  const { verbale } = await draftOfToday(preview);
  const numero = verbale.numeroTesto;
  await page.goto(`${preview.url}#/verbali/${verbale.id}`);
  await approveInPage(page, numero);

  await page.getByRole('button', { name: 'Esporta per la firma' }).click();
  const esporta = page.getByRole('dialog', { name: `Esportazione per la firma del verbale n. ${numero}` });
  await expect(esporta).toContainText('Il verbale non è ancora firmato.');
  const download = page.waitForEvent('download');
  await esporta.getByRole('button', { name: 'Esporta per la firma' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Verbale_.*\.pdf$/);
  await expect(page.getByText(new RegExp(`^Esportato per la firma il ${formatDateIt(oggi).replaceAll('/', '\\/')} alle \\d\\d:\\d\\d`))).toBeVisible();
  await expect(page.locator('.verbale-stato-badge')).toHaveText('Esportato per la firma');

  await page.getByRole('button', { name: 'Registra la firma autografa' }).click();
  const firma = page.getByRole('dialog', { name: `Firma autografa del verbale n. ${numero}` });
  await expect(firma.getByLabel('Data della firma')).toHaveValue(formatDateIt(oggi));
  await firma.getByLabel('Firmatari').fill('Antonio Rizzo\nCaterina Cerbino');
  // Without the scan the backend says what is missing.
  await firma.getByRole('button', { name: 'Registra la firma' }).click();
  await expect(firma.locator('.invalid-feedback')).toHaveText('File vuoto');
  await firma
    .getByLabel('Scansione dell’originale firmato (PDF, JPEG, PNG o TIFF)')
    .setInputFiles({ name: 'verbale firmato.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
  await firma.getByRole('button', { name: 'Registra la firma' }).click();

  await expect(page.getByText(`Firma autografa del verbale n. ${numero} registrata: la scansione è archiviata.`)).toBeVisible();
  await expect(page.locator('.verbale-stato-badge')).toHaveText('Firmato');
  await expect(page.getByText(`Firmato il ${formatDateIt(oggi)} (firma autografa): il testo non è più modificabile.`)).toBeVisible();
  const card = page.getByRole('article', { name: 'File firmato verbale firmato.pdf' });
  await expect(card).toContainText('Copia digitalizzata dell’originale cartaceo firmato da Antonio Rizzo, Caterina Cerbino.');
  await expect(card).not.toContainText('Firma integra');
  await expect(page.getByRole('button', { name: 'Ritira l’approvazione' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redigi rettifica' })).toBeVisible();
});

test('Registro delle modifiche: the operator chosen at start in every entry, filters by operator and act, CSV download', async ({
  page,
  preview,
}) => {
  test.setTimeout(90_000);
  // Impostazioni → Operatori: a name added is offered at the next start.
  await page.goto(`${preview.url}#/impostazioni/operatori`);
  await page.getByLabel('Nome e cognome dell’operatore').fill('Maria Bianchi');
  await page.getByRole('button', { name: 'Aggiungi operatore' }).click();
  await expect(page.getByRole('list', { name: 'Operatori' })).toContainText('Maria Bianchi');

  await page.reload();
  const chi = page.getByRole('dialog', { name: 'Chi sta lavorando?' });
  await chi.getByLabel('Maria Bianchi').check();
  await chi.getByRole('button', { name: 'Conferma' }).click();
  await expect(page.getByText('Operatore: Maria Bianchi')).toBeVisible();

  const api = httpBackend(preview);
  const seduta = await recordedSeduta(api, oggi);
  const sedutaId = seduta.seduta.id;

  await page.goto(`${preview.url}#/sedute/${sedutaId}`);
  await page.getByRole('link', { name: 'Registro delle modifiche di questo atto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registro delle modifiche' })).toBeVisible();
  const righe = page.getByRole('table', { name: 'Voci del registro delle modifiche' });
  await expect(righe.getByRole('row', { name: /Nuova seduta/ })).toContainText('Maria Bianchi');
  await expect(righe.getByRole('row', { name: /Votazione registrata/ })).toContainText(`Seduta ${sedutaId}`);
  await expect(righe.getByRole('row', { name: /Operatore aggiunto/ })).toHaveCount(0);

  // All acts, then only one operator's work: the operator added before choosing was the computer's user.
  await page.getByRole('button', { name: 'Togli i filtri' }).click();
  await expect(righe.getByRole('row', { name: /Operatore aggiunto/ })).toHaveCount(1);
  await page.getByLabel('Operatore', { exact: true }).selectOption('Maria Bianchi');
  await page.getByLabel('Dal', { exact: true }).fill(formatDateIt(oggi));
  await page.getByRole('button', { name: 'Applica i filtri' }).click();
  await expect(righe.getByRole('row', { name: /Operatore aggiunto/ })).toHaveCount(0);
  await expect(righe.getByRole('row', { name: /Nuova seduta/ })).toHaveCount(1);

  // A period ending before it starts: the backend's message at the field.
  await page.getByLabel('Al', { exact: true }).fill('01/01/2000');
  await page.getByRole('button', { name: 'Applica i filtri' }).click();
  await expect(page.getByText('La fine del periodo precede l’inizio')).toBeVisible();
  await page.getByLabel('Al', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Applica i filtri' }).click();

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta CSV' }).click();
  const file = await csv;
  expect(file.suggestedFilename()).toBe('Registro_delle_modifiche.csv');
  const text = (await fs.readFile(await file.path())).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFFN.;Data e ora;Operatore;Operazione;Atto;Modifiche');
  expect(text).toContain('Maria Bianchi;Nuova seduta;seduta');
  expect(text).not.toContain('Operatore aggiunto');
});

test('The verbale is drafted from the seduta page once it is closed; a reopened seduta marks the draft to regenerate before approval', async ({
  page,
  preview,
}) => {
  test.setTimeout(90_000);
  const api = httpBackend(preview);
  const seduta = await recordedSeduta(api, oggi, { approvazione: true });
  const sedutaId = seduta.seduta.id;
  expectOk(await api.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso', motivo: 'Verifica delle presenze' }));

  // In corso: no verbale yet, and the reason why.
  await page.goto(`${preview.url}#/sedute/${sedutaId}`);
  await expect(page.getByRole('button', { name: 'Redigi il verbale' })).toBeDisabled();
  await expect(page.getByText('Il verbale si redige dopo la chiusura della seduta, con presenze e votazioni registrate.')).toBeVisible();

  await page.getByRole('button', { name: 'Chiudi la seduta' }).click();
  await page.getByLabel('Ora di chiusura').fill('12:30');
  await page.getByRole('button', { name: 'Conferma la chiusura' }).click();
  await page.getByRole('button', { name: 'Redigi il verbale' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Verbale n\. / })).toBeVisible();
  const verbaleId = Number(new URL(page.url()).hash.split('/')[2]);

  // Reopened and closed again after the draft: approval waits for the regeneration.
  expectOk(await api.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso', motivo: 'Correzione di un voto' }));
  expectOk(await api.invoke('sedute.setStato', { id: sedutaId, stato: 'chiusa', ora: '12:45' }));
  await page.reload();
  await expect(page.getByText(/Bozza da rigenerare: la seduta è stata riaperta dopo la stesura di questa bozza/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approva', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Rigenera dalla seduta' }).click();
  await expect(page.getByText('Testo rigenerato dai dati attuali della seduta.')).toBeVisible();
  await expect(page.getByText(/Bozza da rigenerare/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Approva', exact: true })).toBeEnabled();
  expect(expectOk(await api.invoke('verbali.get', { id: verbaleId })).daRigenerare).toBe(false);
});
