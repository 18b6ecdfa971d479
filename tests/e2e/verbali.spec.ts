import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { systemClock, todayIn } from '../../shared/clock';
import { formatDateIt } from '../../shared/italian/dates';
import { expectOk } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';
import { makeVerbalePdf, signCades, signPades, testSigners, withTamperedSignatureValue } from '../helpers/signing-fixtures';
import { expect, httpBackend, test, type Preview } from './fixtures';

const PUNTO_2 = 'Punto n. 2 – Approvazione del Piano sociale di zona 2027';
const VOTE_SENTENCE =
  'Con votazione palese, presenti n. 15 comuni: favorevoli n. 12, contrari n. 2 (Lauria e Maratea), astenuti n. 1 (Nemoli). La proposta è approvata a maggioranza dei votanti.';
const EDITED =
  'Relaziona la Dott.ssa Caterina Cerbino. Dopo ampia discussione, il Sindaco di Lauria chiede che il Piano sia verificato a metà anno; la Conferenza accoglie la richiesta.';

// The e2e backend runs on the real clock, and a seduta is not held before its day: the seduta is held today.
const oggi = todayIn(systemClock);
const anno = Number(oggi.slice(0, 4));
const NUMERO = `01/${anno}`;

async function openRegistro(page: Page, preview: Preview, anno: number) {
  await page.goto(preview.url);
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Verbali' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registro dei verbali' })).toBeVisible();
  await page.getByLabel('Anno').selectOption(String(anno));
}

// Close the page before the preview fixture stops its server: an open page keeps keep-alive connections
// that the server's close() waits for, which can exceed the test's teardown time.
test.afterEach(async ({ page }) => {
  await page.close();
});

const bytesOf = async (download: Download): Promise<Buffer> => fs.readFile(await download.path());
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

test('Verbale from a seduta with votes: drafted, edited, approved, exported for signing as PDF/A, signed files imported, frozen', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000);
  const api = httpBackend(preview);
  const seduta = await recordedSeduta(api, oggi, { approvazione: true });

  // --- Registro of the year: no verbale yet; «Nuovo verbale» offers the closed seduta and assigns the number ---
  await openRegistro(page, preview, anno);
  await expect(page.getByText(`Nessun verbale registrato nel ${anno}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Nuovo verbale' }).click();
  const nuovo = page.getByRole('dialog', { name: `Nuovo verbale – ${anno}` });
  await expect(nuovo.getByLabel('Seduta')).toHaveValue(String(seduta.seduta.id));
  await nuovo.getByRole('button', { name: 'Crea il verbale' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Verbale n. ${NUMERO}` })).toBeVisible();
  await expect(page.getByText(`Verbale n. ${NUMERO} creato in bozza dalla seduta del ${formatDateIt(oggi)}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: `Seduta del ${formatDateIt(oggi)}` })).toHaveAttribute('href', `#/sedute/${seduta.seduta.id}`);
  const verbaleId = Number(new URL(page.url()).hash.split('/')[2]);

  // --- The draft composed from the seduta: the vote sentence names the contrary and abstaining comuni ---
  await expect(page.getByRole('textbox', { name: 'Votazione – punto n. 2' })).toHaveValue(VOTE_SENTENCE);
  await expect(page.getByRole('textbox', { name: 'Formula di apertura' })).toHaveValue(/^L'anno duemila.*, alle ore 10:30/);
  await page.getByText(/Presenti 15 comuni su 27: mostra la tabella/).click();
  await expect(page.getByRole('table', { name: 'Presenze' }).getByRole('row')).toHaveCount(28);

  // --- Edit a paragraph and save it ---
  const discussione = page.getByRole('textbox', { name: PUNTO_2 });
  await discussione.fill(EDITED);
  await expect(page.getByText('Modifiche non salvate')).toBeVisible();
  await page.getByRole('button', { name: `Salva – ${PUNTO_2}` }).click();
  await expect(page.getByText('Salvato', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${PUNTO_2} modificato` })).toBeVisible();
  const saved = expectOk(await api.invoke('verbali.get', { id: verbaleId }));
  expect(saved.sezioni.find((s) => s.titolo === PUNTO_2)?.testo).toBe(EDITED);

  // --- Regenerating asks first, naming the edited part; keeping the edits changes nothing ---
  await page.getByRole('button', { name: 'Rigenera dalla seduta' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Rigenerare il testo dalla seduta?' });
  await expect(ask.getByText('Una parte è stata modificata a mano: rigenerando le modifiche si perdono.')).toBeVisible();
  await expect(ask.getByRole('list', { name: 'Parti modificate a mano' }).getByRole('listitem')).toHaveText([PUNTO_2]);
  await ask.getByRole('button', { name: 'Mantieni le modifiche' }).click();
  await expect(ask).toBeHidden();
  await expect(discussione).toHaveValue(EDITED);

  // --- Approve through the seduta's own approval item, voted and approved: the text becomes read-only ---
  await page.getByRole('button', { name: 'Approva', exact: true }).click();
  const approva = page.getByRole('dialog', { name: `Approvazione del verbale n. ${NUMERO}` });
  await expect(approva.getByLabel('Punto che approva il verbale')).toContainText('punto 3. Lettura e approvazione del verbale della seduta (votazione: approvato)');
  await approva.getByRole('button', { name: 'Approva il verbale' }).click();
  await expect(page.getByText(`Verbale n. ${NUMERO} approvato: il testo non è più modificabile.`)).toBeVisible();
  await expect(page.getByText('Approvato', { exact: true }).first()).toBeVisible();
  // Only the verbale's text is looked at: other parts of the page (e.g. the header) have their own fields.
  await expect(page.getByRole('region', { name: 'Testo del verbale' })).toContainText(EDITED);
  await expect(page.getByRole('region', { name: 'Testo del verbale' }).getByRole('textbox')).toHaveCount(0);

  // --- Export for signing: frozen, the PDF/A to sign exported (downloaded) and its SHA-256 kept and shown; not yet signed ---
  await page.getByRole('button', { name: 'Esporta per la firma' }).click();
  const firma = page.getByRole('dialog', { name: `Esportazione per la firma del verbale n. ${NUMERO}` });
  await expect(firma).toContainText('Il contenuto del verbale viene congelato');
  const exported = page.waitForEvent('download');
  await firma.getByRole('button', { name: 'Esporta per la firma' }).click();
  const download = await exported;
  expect(download.suggestedFilename()).toBe(`Verbale_01_${anno}.pdf`);
  const pdf = await bytesOf(download);

  const pages = pdfPagesText(pdf);
  const text = normalizeSpaces(pages.join(' '));
  expect(text).toContain(`VERBALE N. ${NUMERO}`);
  expect(text).toContain(normalizeSpaces(EDITED));
  expect(text).toContain(VOTE_SENTENCE);
  expect(pages[0]).toMatch(new RegExp(`Pagina 1 di ${pages.length}`));

  await expect(page.getByText(/^Esportato per la firma il .*: il PDF\/A da firmare è conservato con la sua impronta\. Il verbale non è ancora firmato/)).toBeVisible();
  // The fingerprint is shown with the file and again in the act's AgID metadata, recorded at the export.
  await expect(page.getByRole('region', { name: 'PDF/A e file firmati' }).getByText(sha256(pdf))).toBeVisible();
  await expect(page.getByRole('region', { name: 'Metadati' }).getByText(sha256(pdf))).toBeVisible();
  const signed = expectOk(await api.invoke('verbali.get', { id: verbaleId }));
  expect(signed.stato).toBe('esportato');
  expect(signed.pdfSha256).toBe(sha256(pdf));

  // «Scarica PDF/A» gives back exactly the file that was exported, never a new rendering.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Scarica PDF/A' }).click();
  expect(sha256(await bytesOf(await again))).toBe(sha256(pdf));

  // --- The signed verbale cannot be edited: no field in the page, and the backend refuses in Italian ---
  await expect(page.getByRole('region', { name: 'Testo del verbale' }).getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Salva/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rigenera dalla seduta' })).toHaveCount(0);
  const chiave = signed.sezioni.find((s) => s.titolo === PUNTO_2)!.chiave;
  expect(await api.invoke('verbali.updateSezione', { id: verbaleId, chiave, testo: 'Testo cambiato dopo la firma' })).toEqual({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: expect.stringContaining('Il testo si modifica solo in bozza'),
    },
  });
  // Read again from the backend (away and back): still exported, the edited text shown read-only.
  await page.getByRole('link', { name: 'Registro dei verbali' }).click();
  await page.getByRole('table', { name: 'Registro dei verbali' }).getByRole('link', { name: NUMERO }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Verbale n. ${NUMERO}` })).toBeVisible();
  await expect(page.getByText(EDITED)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Testo del verbale' }).getByRole('textbox')).toHaveCount(0);

  // --- Signed outside the app and imported: a PAdES file of another document is refused, clearly ---
  const { mario, anna } = testSigners();
  const signingTime = new Date(); // the signature is dated today, on or after the approval
  const importa = page.getByLabel('Importa file firmato (.pdf o .p7m)');
  const other = await signPades(await makeVerbalePdf(2), mario, { signingTime });
  await importa.setInputFiles({ name: 'Altro_verbale_firmato.pdf', mimeType: 'application/pdf', buffer: other });
  const refusal = page.getByRole('alert').filter({ hasText: 'File firmato non accettato' });
  await expect(refusal).toContainText(
    "Il PDF firmato non è un aggiornamento incrementale dell'esportazione: le firme sono state apposte su un documento diverso.",
  );
  await expect(page.getByText('Nessun file firmato archiviato.')).toBeVisible();

  // ...the PAdES signature of the export is accepted, with the signer and an intact signature...
  await importa.setInputFiles({ name: 'Verbale_firmato_01_firmato.pdf', mimeType: 'application/pdf', buffer: await signPades(pdf, mario, { signingTime }) });
  await expect(page.getByText('File «Verbale_firmato_01_firmato.pdf» importato: contiene esattamente il PDF/A esportato.')).toBeVisible();
  await expect(page.getByText(`Firmato il ${formatDateIt(oggi)} (firma digitale): il testo non è più modificabile.`)).toBeVisible();
  const pades = page.getByRole('article', { name: 'File firmato Verbale_firmato_01_firmato.pdf' });
  const padesFirme = pades.getByRole('table', { name: 'Firme di Verbale_firmato_01_firmato.pdf' });
  await expect(padesFirme.getByRole('row', { name: /Mario Rossi/ })).toContainText('RSSMRA80A01H501U');
  await expect(padesFirme.getByRole('row', { name: /Mario Rossi/ })).toContainText('Firma integra');
  await expect(pades).toContainText('Catena di certificazione e revoca non verificate (verifica offline)');

  // ...and a .p7m with two signatures, one of them altered, shows which one is not intact.
  const p7m = withTamperedSignatureValue(signCades(pdf, [mario, anna], { signingTime }));
  await importa.setInputFiles({ name: 'Verbale_firmato_01.pdf.p7m', mimeType: 'application/pkcs7-mime', buffer: p7m });
  const cades = page.getByRole('article', { name: 'File firmato Verbale_firmato_01.pdf.p7m' });
  await expect(cades).toContainText('CAdES (busta .p7m)');
  await expect(cades.getByRole('row', { name: /Mario Rossi/ })).toContainText('Firma integra');
  await expect(cades.getByRole('row', { name: /Anna Bianchi/ })).toContainText('Firma NON integra');

  // The signed file kept in the archive is downloaded again byte for byte.
  const kept = page.waitForEvent('download');
  await cades.getByRole('button', { name: 'Scarica Verbale_firmato_01.pdf.p7m' }).click();
  expect((await bytesOf(await kept)).equals(p7m)).toBe(true);

  // --- In the register: 01/2026 firmato, with its signed files ---
  await page.getByRole('link', { name: 'Registro dei verbali' }).click();
  const riga = page.getByRole('table', { name: 'Registro dei verbali' }).getByRole('row', { name: new RegExp(NUMERO) });
  await expect(riga).toContainText('Firmato');
  await expect(riga).toContainText('2 file firmati');
});

test('Registro 2018: the numbers 02–05/2018 are shown as not in the archive, never invented', async ({ page, preview }) => {
  await openRegistro(page, preview, 2018);
  const registro = page.getByRole('table', { name: 'Registro dei verbali' });
  const rows = registro.getByRole('row');
  await expect(rows).toHaveCount(7); // header + 01..06
  for (const numero of ['02/2018', '03/2018', '04/2018', '05/2018']) {
    await expect(registro.getByRole('row', { name: new RegExp(numero) })).toContainText('non presente in archivio');
    await expect(registro.getByRole('link', { name: numero })).toHaveCount(0);
  }
  for (const numero of ['01/2018', '06/2018']) {
    await expect(registro.getByRole('row', { name: new RegExp(numero) })).toContainText('Atto storico');
  }
  await expect(page.getByText('6 numeri nel 2018, di cui 4 non presenti in archivio.')).toBeVisible();

  await registro.getByRole('link', { name: '06/2018' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verbale n. 06/2018' })).toBeVisible();
  await expect(page.getByText('Atto storico – testo non digitalizzato')).toBeVisible();
  await expect(page.getByText("Approvazione del Regolamento di funzionamento dell'Ufficio di Piano")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approva' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Anteprima PDF' })).toHaveCount(0);
});

test('Approval offers the later seduta\'s proposed item and shows the backend\'s refusal; regenerating can overwrite edits after confirmation', async ({
  page,
  preview,
}) => {
  test.setTimeout(60_000);
  const api = httpBackend(preview);
  // Held yesterday, so that today's seduta is a later one.
  const ieri = todayIn({ now: () => new Date(Date.now() - 86_400_000) });
  const seduta = await recordedSeduta(api, ieri);
  const verbale = expectOk(await api.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
  const chiusura = verbale.sezioni.find((s) => s.chiave === 'chiusura')!;

  await page.goto(`${preview.url}#/verbali/${verbale.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Verbale n. ${verbale.numeroTesto}` })).toBeVisible();

  // An edit saved when the field is left, then overwritten by regenerating after confirmation.
  const field = page.getByRole('textbox', { name: 'Chiusura' });
  await field.fill('La seduta è tolta alle ore 12:20.');
  await page.getByRole('button', { name: 'Rigenera dalla seduta' }).click(); // leaving the field saves it first
  const ask = page.getByRole('alertdialog', { name: 'Rigenerare il testo dalla seduta?' });
  await expect(ask.getByRole('listitem')).toHaveText(['Chiusura']);
  await ask.getByRole('button', { name: 'Rigenera e sovrascrivi le modifiche' }).click();
  await expect(page.getByText('Testo rigenerato dai dati attuali della seduta.')).toBeVisible();
  await expect(field).toHaveValue(chiusura.testo);

  // Today's seduta proposes «Approvazione del verbale n. …»: the dialog offers it, not yet voted; the backend refuses it.
  const next = expectOk(
    await api.invoke('sedute.create', {
      organoId: 1,
      tipo: 'ordinaria',
      data: oggi,
      oraInizio: '10:00',
      luogo: 'Sala consiliare del Comune di Lauria',
      oggetto: 'Seduta successiva',
      convocazioneProt: '',
      convocazioneData: null,
      primaConvocazione: null,
      secondaConvocazione: null,
      convocazioneEffettiva: 'prima',
    }),
  );
  const proposta = next.punti.find((p) => p.titolo === `Approvazione del verbale n. ${verbale.numeroTesto}`);
  expect(proposta).toMatchObject({ tipo: 'approvazione_verbale', verbaleId: verbale.id });

  await page.getByRole('button', { name: 'Approva', exact: true }).click();
  const approva = page.getByRole('dialog', { name: `Approvazione del verbale n. ${verbale.numeroTesto}` });
  const punto = approva.getByLabel('Punto che approva il verbale');
  await expect(punto).toHaveValue(String(proposta!.id));
  await expect(punto).toContainText(`Seduta del ${formatDateIt(oggi)}, punto 1. Approvazione del verbale n. ${verbale.numeroTesto} (non ancora votato)`);
  await approva.getByRole('button', { name: 'Approva il verbale' }).click();
  await expect(approva.getByText(`La seduta del ${formatDateIt(oggi)} non è ancora chiusa: il suo esito non è definitivo.`).first()).toBeVisible();
  expect(expectOk(await api.invoke('verbali.get', { id: verbale.id })).stato).toBe('bozza');
});
