import type { Locator, Page } from '@playwright/test';
import { buildDocx } from '../helpers/office-fixtures';
import { systemClock, todayIn } from '../../shared/clock';
import { signedVerbale as signedByHand } from '../helpers/verbale-fixture';
import { expect, httpBackend, test, type Preview } from './fixtures';

/** A seduta on 10/03/2026 with a vote on its second item, and its verbale approved there, exported and signed by hand today. */
async function signedVerbale(preview: Preview) {
  const { seduta, verbale } = await signedByHand(httpBackend(preview), '2026-03-10', todayIn(systemClock));
  return { verbale, votoPuntoId: seduta.punti[1]!.id };
}

/** A regolamento as the office keeps it in Word: a title, a preamble, seven articles, accents and typographic quotes. */
const TAVOLO = [
  'REGOLAMENTO DEL TAVOLO DI CONCERTAZIONE',
  'Approvato dalla Conferenza Istituzionale dei Sindaci.',
  'Art. 1 – Oggetto',
  'Il presente regolamento disciplina il funzionamento del Tavolo di concertazione dell’Ambito.',
  'Art. 2 – Composizione',
  'Il Tavolo è composto dai rappresentanti della città e dei comuni dell’Ambito.',
  'Art. 3 – Riferimenti normativi',
  'Il Tavolo opera nel rispetto delle seguenti norme:',
  // A reference at the start of a line, with a capital after the number: the import reads it as a heading.
  'Articolo 22 Legge 8 novembre 2000, n. 328',
  'e della normativa regionale in materia di servizi sociali.',
  'Art. 4 – Sede',
  'Il Tavolo ha sede presso l’Ufficio di Piano, in Contrada Anzoleconte a Viggianello.',
  'Art. 5 – Riunioni',
  'Le riunioni sono pubbliche.',
  'Art. 6 – Convocazione',
  'Il Tavolo è convocato dal Presidente con almeno sette giorni di preavviso.',
  'La convocazione è inviata per posta elettronica certificata.',
  'Art. 7 – Entrata in vigore',
  'Il presente regolamento entra in vigore il giorno successivo alla sua approvazione.',
];

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const articolo = (page: Page, title: string): Locator => page.getByRole('article', { name: title });
const draft = (page: Page, title: RegExp): Locator => page.getByRole('group', { name: title });

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

test('Regolamenti: import a .docx, fix the split, save; amend art. 6 with a signed verbale; text in force before and after, diff, accent-free search', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000);
  const { verbale, votoPuntoId } = await signedVerbale(preview);

  await page.goto(preview.url);
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Regolamenti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regolamenti e convenzioni' })).toBeVisible();
  // The three historic acts of the seed: registered, their text awaiting import.
  await expect(page.getByRole('row').filter({ hasText: 'Testo in attesa di importazione' })).toHaveCount(3);

  // --- Import: the split as read, one wrong article merged back, saved ---
  await page.getByRole('button', { name: 'Importa regolamento' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importa regolamento' })).toBeVisible();
  await page.getByLabel('Scegli il file del regolamento').setInputFiles({ name: 'Tavolo di concertazione.docx', mimeType: DOCX_MIME, buffer: await buildDocx(TAVOLO) });
  await expect(page.getByText('File «Tavolo di concertazione.docx», Word (.docx): 8 articoli trovati.')).toBeVisible();
  await expect(page.getByText("Numerazione non consecutiva: l'art. 22 segue l'art. 3.")).toBeVisible();
  await expect(draft(page, /^Art\. 6 – Convocazione$/).getByText('Il Tavolo è convocato dal Presidente con almeno sette giorni di preavviso.')).toBeVisible();

  await draft(page, /^Art\. 22 – Legge 8 novembre 2000, n\. 328$/).getByRole('button', { name: 'Unisci al precedente' }).click();
  await expect(draft(page, /^Art\. 22/)).toHaveCount(0);
  await expect(page.getByText('7 articoli nella divisione.')).toBeVisible();
  const art3 = draft(page, /^Art\. 3 – Riferimenti normativi$/);
  await art3.getByRole('button', { name: 'Mostra e modifica il testo' }).click();
  await expect(art3.getByLabel('Testo')).toHaveValue(
    'Il Tavolo opera nel rispetto delle seguenti norme:\nArt. 22 Legge 8 novembre 2000, n. 328\ne della normativa regionale in materia di servizi sociali.',
  );

  await expect(page.getByLabel('Titolo')).toHaveValue('REGOLAMENTO DEL TAVOLO DI CONCERTAZIONE');
  await page.getByLabel('Titolo').fill('Regolamento del Tavolo di concertazione');
  await page.getByLabel('In vigore dal').fill('01/02/2021');
  await page.getByRole('button', { name: 'Salva', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Regolamento del Tavolo di concertazione' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '7 articoli importati' })).toBeVisible();
  await expect(articolo(page, 'Art. 3 – Riferimenti normativi')).toContainText('Art. 22 Legge 8 novembre 2000, n. 328');
  await expect(page.getByRole('article')).toHaveCount(7);

  // --- Amendment of art. 6, approved by the signed verbale's vote ---
  await openTab(page, 'Nuova versione');
  await page.getByLabel('In vigore dal').fill('15/03/2026');
  await page.getByLabel('Verbale di approvazione').selectOption(String(verbale.id));
  await page.getByLabel('Votazione della seduta').selectOption(String(votoPuntoId));
  await page.getByLabel("Modifica dell'art. 6").selectOption({ label: 'Nuovo testo (sostituzione)' });
  const nuovoTesto = page.getByLabel("Nuovo testo dell'art. 6");
  await expect(nuovoTesto).toHaveValue('Il Tavolo è convocato dal Presidente con almeno sette giorni di preavviso.\nLa convocazione è inviata per posta elettronica certificata.');
  await nuovoTesto.fill('Il Tavolo è convocato dal Presidente con almeno dieci giorni di preavviso.\nLa convocazione è inviata per posta elettronica certificata.');
  await expect(page.getByText("Sintesi della nuova versione: «Modifiche all'art. 6»")).toBeVisible();
  await page.getByRole('button', { name: 'Registra la nuova versione' }).click();

  await expect(page.getByRole('tab', { name: 'Versioni', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: "Nuova versione registrata: Modifiche all'art. 6, in vigore dal 15/03/2026." })).toBeVisible();
  const versioni = page.getByRole('list', { name: 'Versioni del regolamento' }).getByRole('listitem');
  await expect(versioni).toHaveCount(2);
  await expect(versioni.nth(1)).toContainText(`verbale n. ${verbale.numeroTesto} del 10/03/2026`);
  await expect(versioni.nth(1)).toContainText('Immutabile');
  await expect(versioni.nth(0)).not.toContainText('Immutabile');

  // --- The text in force before and after the amendment ---
  await openTab(page, 'Testo vigente');
  const quando = page.getByLabel('Testo in vigore al');
  await quando.fill('01/03/2026');
  await expect(page.getByText('Testo in vigore al 01/03/2026: 7 articoli.')).toBeVisible();
  await expect(articolo(page, 'Art. 6 – Convocazione')).toContainText('almeno sette giorni di preavviso');
  await expect(articolo(page, 'Art. 6 – Convocazione')).toContainText('versione del 01/02/2021');
  await quando.fill('01/04/2026');
  await expect(page.getByText('Testo in vigore al 01/04/2026: 7 articoli.')).toBeVisible();
  await expect(articolo(page, 'Art. 6 – Convocazione')).toContainText('almeno dieci giorni di preavviso');
  await expect(articolo(page, 'Art. 6 – Convocazione')).toContainText(`versione del 15/03/2026 – verbale n. ${verbale.numeroTesto}`);
  await expect(articolo(page, 'Art. 5 – Riunioni')).toContainText('versione del 01/02/2021');
  await quando.fill('01/01/2021');
  await expect(page.getByText('Nessun testo in vigore al 01/01/2021.')).toBeVisible();

  // --- The differences between the two versions, word by word ---
  await openTab(page, 'Confronta versioni');
  await expect(page.getByText('1 articolo modificato, 0 inseriti, 0 eliminati; 6 invariati.')).toBeVisible();
  const diff6 = articolo(page, 'Art. 6 – Convocazione Modificato');
  await expect(diff6.locator('del')).toHaveText(['[testo eliminato: sette]']);
  await expect(diff6.locator('ins')).toHaveText(['[testo inserito: dieci]']);

  // --- Search without the accent, from the header; open the hit ---
  await page.getByRole('search').getByLabel("Cerca nell'archivio").fill('citta');
  await page.getByRole('search').getByRole('button', { name: 'Cerca' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Ricerca nell'archivio" })).toBeVisible();
  const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Regolamento del Tavolo di concertazione – Art. 2 – Composizione' }) });
  await expect(hit.locator('mark')).toHaveText('città');
  await expect(hit).toContainText('Vigente');
  await hit.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regolamento del Tavolo di concertazione' })).toBeVisible();
});

test('the home page is the Percorso istituzionale: the five historic steps, each linked to its acts', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Percorso istituzionale' })).toBeVisible();
  const steps = [
    ['27/07/2016', 'Verbale n. 01/2016'],
    ['23/05/2017', 'Verbale n. 01/2017'],
    ['17/01/2018', 'Verbale n. 01/2018'],
    ['09/08/2018', 'Verbale n. 06/2018'],
    ['25/09/2020', 'Verbale n. 02/2020'],
  ] as const;
  for (const [data, verbale] of steps) {
    const step = page.getByRole('listitem').filter({ has: page.locator(`time`, { hasText: data }) });
    await expect(step).toHaveCount(1);
    await expect(step.getByRole('link', { name: verbale })).toHaveAttribute('href', /^#\/verbali\/\d+$/);
    await expect(step.getByRole('link', { name: `Seduta del ${data}` })).toBeVisible();
  }
  for (const anno of ['2016', '2017', '2018', '2020']) await expect(page.getByRole('heading', { level: 2, name: anno })).toBeVisible();

  // The amendment of 25/09/2020 opens the Regolamento della Conferenza: registered, its text awaiting import.
  const modifica = page.getByRole('listitem').filter({ has: page.locator('time', { hasText: '25/09/2020' }) });
  await expect(modifica).toContainText("Modifiche all'art. 6");
  await modifica.getByRole('link', { name: /^Regolamento della Conferenza Istituzionale/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Regolamento della Conferenza Istituzionale/ })).toBeVisible();
  await expect(page.getByText('Il testo non è ancora stato importato.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importa il testo della versione in vigore dal 25/09/2020' }).first()).toBeVisible();
});

test('a historic act awaiting its text: a file that is not what it claims is refused with its reason; the text imported from a .txt', async ({
  page,
  preview,
}) => {
  await page.goto(`${preview.url}#/regolamenti`);
  await page.getByRole('link', { name: "Regolamento di funzionamento dell'Ufficio di Piano" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Regolamento di funzionamento dell'Ufficio di Piano" })).toBeVisible();
  await page.getByRole('button', { name: 'Importa il testo della versione in vigore dal 09/08/2018' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importa il testo' })).toBeVisible();

  const file = page.getByLabel('Scegli il file con il testo');
  await file.setInputFiles({ name: 'regolamento.docx', mimeType: DOCX_MIME, buffer: Buffer.from('Art. 1 – Oggetto\nTesto.') });
  await expect(page.getByRole('alert')).toContainText('«regolamento.docx» non è un documento Word');

  const txt = 'Art. 1 – Oggetto\nL’Ufficio di Piano è la struttura tecnica dell’Ambito.\n\nArt. 2 – Sede\nL’Ufficio ha sede a Viggianello, in Contrada Anzoleconte.\n';
  await file.setInputFiles({ name: 'regolamento-udp.txt', mimeType: 'text/plain', buffer: Buffer.from(txt) });
  await expect(page.getByText('2 articoli nella divisione.')).toBeVisible();
  await page.getByRole('button', { name: 'Salva il testo' }).click();

  await expect(page.getByRole('tab', { name: 'Versioni', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Testo della versione in vigore dal 09/08/2018 importato: 2 articoli.' })).toBeVisible();
  await expect(page.getByText('Testo in attesa di importazione')).toHaveCount(0);
  await openTab(page, 'Testo vigente');
  await expect(articolo(page, 'Art. 2 – Sede')).toContainText('L’Ufficio ha sede a Viggianello, in Contrada Anzoleconte.');
  await expect(articolo(page, 'Art. 2 – Sede')).toContainText('versione del 09/08/2018 – verbale n. 06/2018');
});
