import type { Locator, Page } from '@playwright/test';
import { todayIn } from '../../shared/clock';
import { formatDateIt } from '../../shared/italian/dates';
import { queryDb } from '../helpers/db-snapshot';
import { expect, httpBackend, test } from './fixtures';


// The e2e backend runs on the real clock, and a seduta is not opened before its day: it is held today.
const dayIt = (offset: number): string => formatDateIt(todayIn({ now: () => new Date(Date.now() + offset * 86_400_000) }));
const OGGI = dayIt(0);
const ANNO = OGGI.slice(6);
const INVIO = dayIt(-2);
const DOMANI = dayIt(1);
const INIZIO_ANNO = `01/01/${ANNO}`;

const presenzaGroup = (page: Page, comune: string): Locator => page.getByRole('radiogroup', { name: `Presenza di ${comune}` });
const quorumLine = (page: Page): Locator => page.locator('.quorum-frase');

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

const ITEMS = ['Relazione sul Piano sociale di zona', 'Bilancio di previsione 2027', 'Nomina del Coordinatore'];
const SINDACI = [
  'Calvera',
  'Carbone',
  'Castelluccio Inferiore',
  'Castelluccio Superiore',
  'Castelsaraceno',
  'Cersosimo',
  'Chiaromonte',
  'Episcopia',
  'Fardella',
  'Francavilla in Sinni',
  'Lagonegro',
  'Latronico',
];

test('Sedute: three items, 15 comuni present (two by delegate), a named vote, rules that change the outcome, a closed seduta read-only', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000);
  await page.goto(preview.url);
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Sedute' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sedute della Conferenza' })).toBeVisible();

  // --- Nuova seduta: convened with 2 days' notice (a warning, not a block) ---
  await page.getByRole('button', { name: 'Nuova seduta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuova seduta' })).toBeVisible();
  await expect(page.getByText('Organo: Conferenza Istituzionale dei Sindaci')).toBeVisible();
  await page.getByLabel('Tipo').selectOption({ label: 'Ordinaria' });
  await page.getByLabel('Data', { exact: true }).fill(`${OGGI}`);
  await page.getByLabel('Ora di inizio').fill('10:00');
  await page.getByLabel('Luogo').fill('Sala consiliare del Comune di Viggianello');
  await page.getByLabel('Oggetto').fill('Programmazione sociale 2027');
  await page.getByLabel('Protocollo n.').fill('2345');
  await page.getByLabel('Data di invio').fill(`${INVIO}`);
  await page.getByLabel('Prima convocazione (data e ora)').fill(`${OGGI} 10:00`);
  await page.getByLabel('Seconda convocazione (data e ora)').fill(`${DOMANI} 10:00`);
  await page.getByLabel('La seduta si tiene in').selectOption({ label: 'Prima convocazione' });
  await page.getByRole('button', { name: 'Salva la seduta' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Seduta del ${OGGI}` })).toBeVisible();
  await expect(page.getByText(`Preavviso di 2 giorni (convocazione inviata il ${INVIO})`)).toBeVisible();
  await expect(page.getByText('Convocata', { exact: true })).toBeVisible();
  const sedutaHash = new URL(page.url()).hash.replace(/\/odg$/, '');
  const sedutaId = Number(sedutaHash.split('/')[2]);

  // --- Ordine del giorno: three items, one moved ---
  await expect(page.getByRole('tab', { name: /Ordine del giorno/ })).toHaveAttribute('aria-selected', 'true');
  const addForm = page.getByRole('form', { name: 'Aggiungi un punto' });
  const odg = page.getByRole('list', { name: 'Ordine del giorno' }).getByRole('listitem');
  for (const [index, titolo] of ITEMS.entries()) {
    await addForm.getByLabel('Titolo').fill(titolo);
    await addForm.getByRole('button', { name: 'Aggiungi il punto' }).click();
    await expect(odg).toHaveCount(index + 1);
    await expect(odg.nth(index)).toContainText(`${index + 1}. ${titolo}`);
  }
  await expect(page.getByText('Punto aggiunto in fondo all’ordine del giorno.')).toBeVisible();
  await page.getByRole('button', { name: 'Sposta in alto il punto 3' }).click();
  await expect(odg.nth(1)).toContainText(ITEMS[2]!);
  await page.getByRole('button', { name: 'Sposta in basso il punto 2' }).click();
  await expect(odg.nth(2)).toContainText(ITEMS[2]!);
  await expect(odg.nth(1)).toContainText(ITEMS[1]!);

  // --- Presenze: 13 Sindaci (12 by keyboard), 2 delegates ---
  await openTab(page, 'Presenze');
  await expect(page.getByRole('table', { name: 'Presenze' }).locator('tbody tr')).toHaveCount(27);
  await expect(page.locator('#presenze-tastiera')).toContainText('S Sindaco, D Delegato, A Assente, G Assente giustificato');
  await expect(quorumLine(page)).toHaveText('Presenti 0 comuni su 27: numero legale non raggiunto (richiesti 14 in prima convocazione).');

  await presenzaGroup(page, 'Calvera').getByRole('radio', { name: 'Sindaco' }).check();
  for (let i = 1; i < SINDACI.length; i++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('s');
  }
  for (const comune of SINDACI) {
    await expect(presenzaGroup(page, comune).getByRole('radio', { name: 'Sindaco' })).toBeChecked();
  }
  await expect(quorumLine(page)).toContainText('Presenti 12 comuni su 27');

  // Lauria by keyboard: D moves to the delegate's name, Tab to the role and the delegation, Enter records.
  await presenzaGroup(page, 'Lauria').getByRole('radio', { name: 'Assente', exact: true }).focus();
  await page.keyboard.press('d');
  await expect(page.getByLabel('Nominativo – Lauria')).toBeFocused();
  await page.keyboard.type('Mario Rossi');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Qualifica – Lauria')).toBeFocused();
  await page.keyboard.type('vicesindaco');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Atto di delega – Lauria')).toBeFocused();
  await page.keyboard.type('decreto sindacale n. 12 del 01/12/2026');
  await page.keyboard.press('Enter');
  await expect(quorumLine(page)).toContainText('Presenti 13 comuni su 27');

  // A delegate without name and act: the backend's messages, and Esc gives the row back.
  await presenzaGroup(page, 'Rotonda').getByRole('radio', { name: 'Delegato' }).check();
  await page.getByLabel('Nominativo – Rotonda').press('Enter');
  await expect(page.getByText('Indicare il nome del delegato')).toBeVisible();
  await expect(page.getByLabel('Nominativo – Rotonda')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Nominativo – Rotonda').press('Escape');
  await expect(presenzaGroup(page, 'Rotonda').getByRole('radio', { name: 'Assente', exact: true })).toBeChecked();
  await expect(page.getByText('Indicare il nome del delegato')).toHaveCount(0);

  // Senise with the mouse.
  await presenzaGroup(page, 'Senise').getByRole('radio', { name: 'Delegato' }).check();
  await page.getByLabel('Nominativo – Senise').fill('Anna Bianchi');
  await page.getByLabel('Qualifica – Senise').fill('assessore');
  await page.getByLabel('Atto di delega – Senise').fill('delega prot. 88 del 03/12/2026');
  await page.getByLabel('Atto di delega – Senise').press('Enter');
  await expect(quorumLine(page)).toContainText('Presenti 14 comuni su 27');

  // Viggianello: the Sindaco's name comes from the comune.
  await presenzaGroup(page, 'Viggianello').getByRole('radio', { name: 'Sindaco' }).check();
  await expect(page.getByLabel('Nominativo – Viggianello')).toHaveValue('Antonio Rizzo');
  await expect(quorumLine(page)).toHaveText('Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).');
  await expect(page.getByText('Numero legale raggiunto', { exact: true })).toBeVisible();

  const stored = queryDb<{ comune: string; stato: string; nominativo: string; delega_rif: string }>(
    preview.dbPath,
    `SELECT c.nome AS comune, p.stato, p.nominativo, p.delega_rif FROM presenze p JOIN comuni c ON c.id = p.comune_id
     WHERE p.seduta_id = ? AND p.stato IN ('sindaco', 'delegato') ORDER BY c.nome`,
    sedutaId,
  );
  expect(stored).toHaveLength(15);
  expect(stored.filter((p) => p.stato === 'delegato')).toEqual([
    { comune: 'Lauria', stato: 'delegato', nominativo: 'Mario Rossi', delega_rif: 'decreto sindacale n. 12 del 01/12/2026' },
    { comune: 'Senise', stato: 'delegato', nominativo: 'Anna Bianchi', delega_rif: 'delega prot. 88 del 03/12/2026' },
  ]);

  // --- Votazione palese on item 1: 12 favorevoli, 2 contrari, 1 astenuto ---
  await openTab(page, 'Votazioni');
  await page.getByRole('button', { name: 'Registra la votazione del punto 1' }).click();
  const voteForm = page.getByRole('form', { name: 'Votazione del punto 1' });
  await expect(voteForm.getByRole('table', { name: 'Voti per comune' }).locator('tbody tr')).toHaveCount(15);
  await voteForm.getByRole('radiogroup', { name: 'Voto di Carbone' }).getByRole('radio', { name: 'Contrario' }).check();
  await voteForm.getByRole('radiogroup', { name: 'Voto di Senise' }).getByRole('radio', { name: 'Favorevole' }).focus();
  await page.keyboard.press('c');
  await voteForm.getByRole('radiogroup', { name: 'Voto di Lauria' }).getByRole('radio', { name: 'Astenuto' }).check();
  // The named vote starts empty: the comuni not yet voted take «Favorevole» at once.
  await expect(voteForm.locator('.vote-counts')).toContainText('Favorevoli 0 · Contrari 2 · Astenuti 1 · Non votanti 0 · Senza voto 12');
  await voteForm.getByRole('button', { name: 'Tutti i restanti: Favorevole' }).click();
  await expect(voteForm.locator('.vote-counts')).toContainText('Favorevoli 12 · Contrari 2 · Astenuti 1 · Non votanti 0 · Senza voto 0');
  await voteForm.getByRole('button', { name: 'Registra votazione' }).click();

  const punto1 = page.getByRole('region', { name: `Punto 1. ${ITEMS[0]}` });
  await expect(punto1.locator('.esito-badge')).toHaveText('Approvata');
  await expect(punto1).toContainText(
    'La proposta è approvata: 12 voti favorevoli contro 2 contrari, maggioranza dei votanti (astenuti non computati).',
  );
  await expect(punto1.getByRole('heading', { name: 'Calcolo' })).toBeVisible();
  await expect(punto1.locator('.esito-passaggi li').first()).toHaveText(
    'Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).',
  );
  await expect(punto1).toContainText('Contrari: Carbone, Senise');
  await expect(punto1).toContainText('Regole in vigore dal 27/07/2016.');

  // --- Regole: a version from 1 January of this year with two thirds of the members ---
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Impostazioni' }).click();
  await page.getByRole('navigation', { name: 'Sezioni delle impostazioni' }).getByRole('link', { name: 'Regole della Conferenza' }).click();
  const versions = page.getByRole('table', { name: 'Versioni delle regole' });
  await expect(versions.locator('tbody tr')).toHaveCount(1);
  await expect(versions).toContainText('Valori predefiniti (modificabili)');
  await expect(page.getByRole('button', { name: /^Elimina le regole/ })).toHaveCount(0); // the only version stays
  await page.getByRole('button', { name: 'Nuova versione delle regole' }).click();
  const rulesForm = page.getByRole('form', { name: 'Nuova versione delle regole' });
  await expect(page.getByText('In prima convocazione servono 14 comuni su 27 (più di 1/2 dei componenti).')).toBeVisible();
  await rulesForm.getByLabel('Valide dal').fill(`${INIZIO_ANNO}`);
  await rulesForm.getByLabel('Maggioranza').selectOption({ label: 'due terzi' });
  await rulesForm.getByLabel('Due terzi calcolati').selectOption({ label: 'dei componenti' });
  await rulesForm.getByLabel('Nota').fill('Prova: due terzi dei componenti');
  await expect(page.getByText('Una proposta è approvata con almeno 18 voti favorevoli su 27 componenti (due terzi).')).toBeVisible();
  await rulesForm.getByRole('button', { name: 'Salva le regole' }).click();
  await expect(page.getByText(`Regole valide dal ${INIZIO_ANNO} salvate`)).toBeVisible();
  await expect(versions.locator('tbody tr')).toHaveCount(2);

  await page.goto(`${preview.url}${sedutaHash}/votazioni`);
  await expect(punto1.locator('.esito-badge')).toHaveText('Respinta');
  await expect(punto1).toContainText(
    'La proposta è respinta: 12 voti favorevoli su 27 comuni componenti, maggioranza dei due terzi dei componenti non raggiunta.',
  );
  await expect(punto1).toContainText(`Regole in vigore dal ${INIZIO_ANNO}.`);

  // The same version, now with a fixed numero legale of 20: the vote lacks it.
  await page.goto(`${preview.url}#/impostazioni/regole`);
  await page.getByRole('button', { name: `Modifica le regole valide dal ${INIZIO_ANNO}` }).click();
  const editForm = page.getByRole('form', { name: `Modifica delle regole valide dal ${INIZIO_ANNO}` });
  const primaCall = editForm.getByRole('group', { name: 'Numero legale in prima convocazione' });
  await primaCall.getByLabel('Criterio').selectOption({ label: 'numero fisso' });
  await primaCall.getByLabel('Numero di comuni').fill('20');
  await expect(page.getByText('In prima convocazione servono 20 comuni su 27 (numero fisso di 20 comuni).')).toBeVisible();
  await editForm.getByRole('button', { name: 'Salva le regole' }).click();
  await expect(page.getByText(`Regole valide dal ${INIZIO_ANNO} salvate`)).toBeVisible();

  await page.goto(`${preview.url}${sedutaHash}/votazioni`);
  await expect(punto1.locator('.esito-badge')).toHaveText('Numero legale mancante');
  await expect(punto1).toContainText('Votazione non valida: manca il numero legale (presenti 15 comuni su 27, richiesti 20 in prima convocazione).');
  await openTab(page, 'Presenze');
  await expect(quorumLine(page)).toHaveText('Presenti 15 comuni su 27: numero legale non raggiunto (richiesti 20 in prima convocazione).');
  await expect(page.getByText('Numero legale non raggiunto', { exact: true })).toBeVisible();

  // --- Apri, chiudi: the closed seduta's attendance is read-only; riapertura needs a reason ---
  await page.getByRole('button', { name: 'Apri la seduta' }).click();
  await expect(page.getByText('In corso', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Chiudi la seduta' }).click();
  await page.getByLabel('Ora di chiusura').fill('12:30');
  await page.getByRole('button', { name: 'Conferma la chiusura' }).click();
  await expect(page.getByText('Chiusa', { exact: true })).toBeVisible();
  await expect(page.getByText('La seduta si è chiusa alle ore 12:30.')).toBeVisible();
  await expect(page.getByText('Seduta chiusa: le presenze sono in sola lettura.')).toBeVisible();
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Presenze' }).locator('tbody tr').filter({ hasText: 'Lauria' })).toContainText(
    'DelegatoMario Rossi',
  );
  await openTab(page, 'Votazioni');
  await expect(page.getByRole('button', { name: /Modifica la votazione/ })).toHaveCount(0);
  await openTab(page, 'Ordine del giorno');
  await expect(page.getByRole('button', { name: /Sposta|Elimina il punto/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Riapri la seduta' }).click();
  await page.getByRole('button', { name: 'Conferma la riapertura' }).click();
  await expect(page.getByText('Indicare il motivo: resta registrato.').first()).toBeVisible();
  await page.getByLabel('Motivo').fill('Correzione della presenza di Senise');
  await page.getByRole('button', { name: 'Conferma la riapertura' }).click();
  await expect(page.getByText('Seduta riaperta: la riapertura è stata registrata.')).toBeVisible();
  await openTab(page, 'Presenze');
  await expect(page.getByRole('radiogroup')).toHaveCount(27);
  const registro = await httpBackend(preview).invoke('modifiche.elenco', { entity: 'seduta', entityId: sedutaId, canale: 'sedute.setStato' });
  // The reopening is in the Registro delle modifiche with its reason.
  expect(registro.ok && registro.value.righe.map((r) => r.input)).toContainEqual({ id: sedutaId, stato: 'in_corso', ora: null, motivo: 'Correzione della presenza di Senise' });

  // --- Statistiche: the year's attendance, chart and table ---
  await page.goto(`${preview.url}#/sedute`);
  await page.getByRole('link', { name: 'Statistiche delle presenze' }).click();
  await page.getByLabel('Anno', { exact: true }).selectOption(ANNO);
  await expect(page.getByRole('img', { name: new RegExp(`Grafico a barre delle presenze per comune nel ${ANNO}`) })).toBeVisible();
  const stats = page.getByRole('table', { name: 'Tabella delle presenze' });
  await expect(stats.locator('tbody tr')).toHaveCount(27);
  await expect(stats.locator('tbody tr').filter({ hasText: 'Lauria' })).toContainText('11100%');
  await expect(stats.locator('tbody tr').filter({ hasText: 'Maratea' })).toContainText('010%');
});

test('Sedute: the five historic sedute are listed as storiche, read-only, without invented attendance', async ({ page, preview }) => {
  await page.goto(`${preview.url}#/sedute`);
  const years = page.getByLabel('Anno');
  await expect(years.locator('option')).toHaveText(['2020 (1 seduta)', '2018 (2 sedute)', '2017 (1 seduta)', '2016 (1 seduta)']);

  await years.selectOption('2018');
  const rows = page.getByRole('table', { name: 'Elenco delle sedute' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('09/08/2018');
  await expect(rows.nth(0)).toContainText("Approvazione del Regolamento di funzionamento dell'Ufficio di Piano");
  await expect(rows.nth(1)).toContainText('17/01/2018');
  for (const row of [rows.nth(0), rows.nth(1)]) {
    await expect(row).toContainText('Chiusa');
    await expect(row).toContainText('Storica');
    await expect(row).toContainText('presenze non registrate');
  }

  let total = 0;
  for (const anno of ['2016', '2017', '2018', '2020']) {
    await years.selectOption(anno);
    await expect(page.getByText(new RegExp(`nel ${anno}\\.$`))).toBeVisible();
    total += await rows.filter({ hasText: 'Storica' }).count();
  }
  expect(total).toBe(5);

  await years.selectOption('2018');
  await page.getByRole('link', { name: '17/01/2018' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seduta del 17/01/2018' })).toBeVisible();
  await expect(page.getByText('presenze e votazioni non digitalizzate').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stato della seduta' })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await openTab(page, 'Presenze');
  await expect(page.getByText('Seduta storica: presenze e votazioni non digitalizzate.')).toBeVisible();
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
});
