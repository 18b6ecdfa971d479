import { expectOk } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { expect, httpBackend, test } from './fixtures';

test.afterEach(async ({ page }) => {
  await page.close();
});

const PIANO = Buffer.from('%PDF-1.7\n% Piano sociale di zona 2027\n%%EOF\n');

test('an allegato added to an agenda item by its labels, refused when it is not a document, listed in the verbale', async ({ page, preview }) => {
  test.setTimeout(90_000);
  const api = httpBackend(preview);
  const { seduta } = expectOk(await api.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-11-20', convocazioneData: null }));
  expectOk(await api.invoke('odg.add', { sedutaId: seduta.id, titolo: 'Approvazione del Piano sociale di zona 2027', descrizione: '', relatore: '' }));

  await page.goto(`${preview.url}#/sedute/${seduta.id}`);
  await page.getByRole('tab', { name: /Ordine del giorno/ }).click();
  const allegati = page.getByRole('region', { name: 'Allegati: punto 1' });
  await expect(allegati.getByText('Nessun allegato.')).toBeVisible();

  // An executable is refused at the file field, in Italian.
  await allegati.getByLabel('Descrizione dell’allegato').fill('Programma');
  await allegati.getByLabel('File da allegare').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00 not a document') });
  await allegati.getByRole('button', { name: 'Aggiungi allegato' }).click();
  await expect(allegati.getByText(/Tipo di file non accettato/)).toBeVisible();

  await allegati.getByLabel('Descrizione dell’allegato').fill('Piano sociale di zona 2027');
  await allegati.getByLabel('File da allegare').setInputFiles({ name: 'piano.pdf', mimeType: 'application/pdf', buffer: PIANO });
  await allegati.getByRole('button', { name: 'Aggiungi allegato' }).click();
  await expect(allegati.getByText('Allegato A', { exact: true })).toBeVisible();
  await expect(allegati.getByText(/Piano sociale di zona 2027 \(PDF, \d+ byte\)/)).toBeVisible();
  const downloaded = page.waitForEvent('download');
  await allegati.getByRole('button', { name: 'Scarica l’allegato A' }).click();
  expect((await downloaded).suggestedFilename()).toBe('piano.pdf');

  expectOk(await api.invoke('sedute.setStato', { id: seduta.id, stato: 'in_corso' }));
  expectOk(await api.invoke('sedute.setStato', { id: seduta.id, stato: 'chiusa', ora: '12:00' }));
  const verbale = expectOk(await api.invoke('verbali.create', { sedutaId: seduta.id }));
  const pdf = expectOk(await api.invoke('verbali.pdf', { id: verbale.id }));
  expect(normalizeSpaces(pdfPagesText(Buffer.from(pdf.base64, 'base64')).join(' '))).toContain('Allegato A – Piano sociale di zona 2027, al punto n. 1 (PDF,');

  // Closed with the seduta: no more adding or removing on the item.
  await page.reload();
  await page.getByRole('tab', { name: /Ordine del giorno/ }).click();
  await expect(allegati.getByText(/è chiuso con la seduta/)).toBeVisible();
  await expect(allegati.getByRole('button', { name: /Rimuovi/ })).toHaveCount(0);
});
