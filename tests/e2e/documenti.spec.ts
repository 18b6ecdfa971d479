import fs from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expectOk } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';
import { expect, httpBackend, test } from './fixtures';

// Close the page before the preview fixture stops its server (keep-alive connections delay its close()).
test.afterEach(async ({ page }) => {
  await page.close();
});

// A day already past, so the seduta can be held and closed whatever today is.
const SEDUTA_DATA = '2026-11-20';

const bytesOf = async (download: Download): Promise<Buffer> => fs.readFile(await download.path());

async function downloadBy(page: Page, button: string): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return downloaded;
}

test('Documenti of a seduta: convocation as PDF/A and as e-mail, sign-in sheet, the verbale and its estratti, linked both ways', async ({ page, preview }) => {
  test.setTimeout(120_000);
  const api = httpBackend(preview);
  const ente = expectOk(await api.invoke('ente.get', {}));
  const { capofilaNome: _nome, ...enteInput } = ente;
  expectOk(await api.invoke('ente.update', { ...enteInput, pec: 'ufficiodipiano@pec.lagonegrese.it' }));
  const lauria = expectOk(await api.invoke('comuni.list', { includeInactive: false })).find((c) => c.nome === 'Lauria')!;
  expectOk(
    await api.invoke('comuni.update', { id: lauria.id, sindacoNome: lauria.sindacoNome, sindacoEmail: lauria.sindacoEmail, sindacoPec: 'protocollo@pec.comune.lauria.pz.it', sindacoTelefono: lauria.sindacoTelefono }),
  );
  const seduta = await recordedSeduta(api, SEDUTA_DATA);
  const id = seduta.seduta.id;

  await page.goto(`${preview.url}#/sedute/${id}`);
  await page.getByRole('tab', { name: 'Documenti' }).click();
  await expect(page.getByRole('heading', { name: 'Documenti della seduta' })).toBeVisible();
  await expect(page.getByText('Nessun verbale redatto per questa seduta')).toBeVisible();
  await expect(page.getByRole('button', { name: /Estratto del punto/ })).toHaveCount(0);

  // --- Convocation letter ---
  const letter = await downloadBy(page, 'Scarica la lettera di convocazione (PDF/A)');
  expect(letter.suggestedFilename()).toBe(`Convocazione_seduta_${id}.pdf`);
  expect(normalizeSpaces(pdfPagesText(await bytesOf(letter)).join(' '))).toContain('Oggetto: convocazione della Conferenza Istituzionale dei Sindaci');

  // --- The same letter as a ready e-mail: one PEC in Bcc, the others named as missing ---
  const eml = await downloadBy(page, 'Prepara l’e-mail di convocazione (.eml)');
  expect(eml.suggestedFilename()).toBe(`Convocazione_seduta_${id}.eml`);
  const message = (await bytesOf(eml)).toString('latin1');
  expect(message).toContain('Bcc: protocollo@pec.comune.lauria.pz.it\r\n');
  expect(message).toContain(`filename="Convocazione_seduta_${id}.pdf"`);
  await expect(page.getByText('Destinatari in copia nascosta: 1 PEC.')).toBeVisible();
  await expect(page.getByText('Senza PEC, non inclusi:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Comuni' }).last()).toHaveAttribute('href', '#/comuni');

  // --- Sign-in sheet ---
  const foglio = await downloadBy(page, 'Scarica il foglio presenze (PDF/A)');
  expect(normalizeSpaces(pdfPagesText(await bytesOf(foglio)).join(' '))).toContain('FOGLIO PRESENZE');

  // --- With a verbale: its number and state, a link to it (and back), one estratto per item ---
  const verbale = expectOk(await api.invoke('verbali.create', { sedutaId: id }));
  await page.reload();
  const documenti = page.getByRole('tabpanel', { name: 'Documenti' });
  const link = documenti.getByRole('link', { name: 'Verbale n. 01/2026' });
  await expect(link).toHaveAttribute('href', `#/verbali/${verbale.id}`);
  await expect(documenti.getByText('Bozza', { exact: true })).toBeVisible();
  const docx = await downloadBy(page, 'Copia di lavoro del verbale (.docx)');
  expect(docx.suggestedFilename()).toBe('Verbale_01_2026_copia_di_lavoro.docx');
  const estratto = await downloadBy(page, 'Estratto del punto n. 2 – Approvazione del Piano sociale di zona 2027 (PDF/A)');
  expect(estratto.suggestedFilename()).toBe('Estratto_verbale_01_2026_punto_2.pdf');
  const text = normalizeSpaces(pdfPagesText(await bytesOf(estratto)).join(' '));
  expect(text).toContain('ESTRATTO DEL VERBALE N. 01/2026');
  expect(text).toContain('LA CONFERENZA DELIBERA di approvare il Piano sociale di zona 2027.');
  await expect(page.getByText('File «Estratto_verbale_01_2026_punto_2.pdf» salvato.')).toBeVisible();

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verbale n. 01/2026' })).toBeVisible();
  await page.getByRole('link', { name: 'Seduta del 20/11/2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seduta del 20/11/2026' })).toBeVisible();
});

test('Verbale editor: a draft is saved as one types, survives a reload, and an over-long text shows the limit at the field', async ({ page, preview }) => {
  test.setTimeout(90_000);
  const api = httpBackend(preview);
  const seduta = await recordedSeduta(api, SEDUTA_DATA);
  const verbale = expectOk(await api.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
  const chiave = `punto-${seduta.punti[1]!.id}-discussione`;
  const saved = async () => expectOk(await api.invoke('verbali.get', { id: verbale.id })).sezioni.find((s) => s.chiave === chiave)!.testo;

  await page.goto(`${preview.url}#/verbali/${verbale.id}`);
  const discussione = page.getByRole('textbox', { name: 'Punto n. 2 – Approvazione del Piano sociale di zona 2027' });
  const typed = 'Dopo ampia discussione, la Conferenza pone in votazione il Piano.';
  await discussione.fill(typed);
  await expect(page.getByText('Modifiche non salvate')).toBeVisible();
  // No click on «Salva»: the pause in typing saves it.
  await expect(page.getByText('Salvato', { exact: true })).toBeVisible({ timeout: 10_000 });
  expect(await saved()).toBe(typed);
  await page.reload();
  await expect(discussione).toHaveValue(typed);

  await discussione.fill('x'.repeat(100_001));
  await expect(page.getByText('Al massimo 100000 caratteri (ora 100001)')).toBeVisible();
  await expect(discussione).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(2_500); // longer than the autosave pause: an over-long text is not sent
  expect(await saved()).toBe(typed);
});

test('Statistiche over a period: per comune and per year, chart, PDF/A and CSV', async ({ page, preview }) => {
  test.setTimeout(90_000);
  const api = httpBackend(preview);
  const seduta = await recordedSeduta(api, '2025-06-10');
  const first = seduta.presenze.find((p) => p.stato !== 'assente')!.comune;

  await page.goto(`${preview.url}#/sedute/statistiche`);
  const periodo = page.getByRole('region', { name: 'Presenze su un periodo' });
  await periodo.getByLabel('Dal', { exact: true }).selectOption('2024');
  await periodo.getByLabel('Al', { exact: true }).selectOption('2025');
  await expect(periodo.getByText('Sedute tenute nel periodo 2024–2025: 1.')).toBeVisible();
  await expect(periodo.getByRole('img', { name: /Grafico a barre delle presenze per comune nel 2024–2025/ })).toBeVisible();
  const table = periodo.getByRole('table', { name: 'Presenze per comune e per anno, 2024–2025' });
  await expect(table.getByRole('row', { name: new RegExp(`^${first} – 1/1 1/1 100%$`) })).toBeVisible();

  const pdf = await downloadBy(page, 'Scarica PDF/A');
  expect(pdf.suggestedFilename()).toBe('Statistiche_presenze_2024-2025.pdf');
  expect(normalizeSpaces(pdfPagesText(await bytesOf(pdf)).join(' '))).toContain('STATISTICHE DELLE PRESENZE 2024–2025');
  const csv = await downloadBy(page, 'Esporta CSV');
  expect(csv.suggestedFilename()).toBe('Statistiche_presenze_2024-2025.csv');
  expect((await bytesOf(csv)).toString('utf8')).toContain(`${first};0;0;1;1;1;1;100%`);
});
