import type { Locator, Page } from '@playwright/test';
import { systemClock, todayIn } from '../../shared/clock';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { queryDb } from '../helpers/db-snapshot';
import { expect, httpBackend, test } from './fixtures';


const presenzaGroup = (page: Page, comune: string): Locator => page.getByRole('radiogroup', { name: `Presenza di ${comune}` });
const quorumLine = (page: Page): Locator => page.locator('.quorum-frase');

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test('Presenze e voti: all present in one action, a delegate with role, a member by videoconference counted once the rules allow it, an election and a named vote filled with one key', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000);
  const backend = httpBackend(preview);
  const created = await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: todayIn(systemClock), convocazioneData: null });
  if (!created.ok) throw new Error(created.error.message);
  const sedutaId = created.value.seduta.id;
  for (const titolo of ['Nomina del rappresentante della Conferenza al Tavolo regionale', 'Approvazione del calendario delle sedute']) {
    const added = await backend.invoke('odg.add', { sedutaId, titolo, descrizione: '', relatore: '' });
    if (!added.ok) throw new Error(added.error.message);
  }

  // --- Presenze: everyone with one button, then Lauria by delegate and Maratea by videoconference ---
  await page.goto(`${preview.url}#/sedute/${sedutaId}/presenze`);
  await expect(quorumLine(page)).toHaveText('Presenti 0 comuni su 27: numero legale non raggiunto (richiesti 14 in prima convocazione).');
  await page.getByRole('button', { name: 'Tutti presenti (Sindaco)' }).click();
  await expect(page.getByText('Segnati presenti 27 comuni con il Sindaco.')).toBeVisible();
  await expect(quorumLine(page)).toHaveText('Presenti 27 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).');
  const calls = await backend.invoke('modifiche.elenco', { entity: 'seduta', entityId: sedutaId });
  expect(calls.ok && calls.value.righe.map((r) => r.canale).filter((c) => c !== 'odg.add' && c !== 'sedute.create')).toEqual(['sedute.tuttiPresenti']);

  await presenzaGroup(page, 'Lauria').getByRole('radio', { name: 'Delegato' }).check();
  await page.getByLabel('Nominativo – Lauria').fill('Anna Bianchi');
  await page.getByLabel('Atto di delega – Lauria').fill('prot. n. 812 del 02/12/2026');
  await page.getByLabel('Atto di delega – Lauria').press('Enter');
  await expect(page.getByText('Indicare la qualifica del delegato (es. vicesindaco, assessore, consigliere)')).toBeVisible();
  await page.getByLabel('Qualifica – Lauria').fill('vicesindaco');
  await page.getByLabel('Qualifica – Lauria').press('Enter');
  await expect(page.getByText('Indicare la qualifica del delegato (es. vicesindaco, assessore, consigliere)')).toHaveCount(0);

  await page.getByLabel('In videoconferenza – Maratea').check();
  await expect(quorumLine(page)).toHaveText(
    'Presenti 26 comuni su 27 (1 collegato in videoconferenza, non computato secondo le regole in vigore): numero legale raggiunto (richiesti 14 in prima convocazione).',
  );
  await expect
    .poll(() => queryDb<{ comune: string; stato: string; qualifica: string; modalita: string }>(preview.dbPath,
      `SELECT c.nome AS comune, p.stato, p.qualifica, p.modalita FROM presenze p JOIN comuni c ON c.id = p.comune_id
       WHERE p.seduta_id = ? AND (p.stato = 'delegato' OR p.modalita = 'videoconferenza') ORDER BY c.nome`, sedutaId))
    .toEqual([
      { comune: 'Lauria', stato: 'delegato', qualifica: 'vicesindaco', modalita: 'presenza' },
      { comune: 'Maratea', stato: 'sindaco', qualifica: '', modalita: 'videoconferenza' },
    ]);

  // --- Regole: members by videoconference are counted ---
  await page.goto(`${preview.url}#/impostazioni/regole`);
  await page.getByRole('button', { name: 'Modifica le regole valide dal 27/07/2016' }).click();
  const rulesForm = page.getByRole('form', { name: 'Modifica delle regole valide dal 27/07/2016' });
  await rulesForm.getByLabel('Collegati in videoconferenza, per numero legale e voto').selectOption({ label: 'sono computati come presenti' });
  await expect(page.getByText('Chi partecipa in videoconferenza conta per il numero legale e vota come chi è in aula.')).toBeVisible();
  await rulesForm.getByRole('button', { name: 'Salva le regole' }).click();
  await expect(page.getByText('Regole valide dal 27/07/2016 salvate')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Versioni delle regole' })).toContainText('videoconferenza: computata');

  await page.goto(`${preview.url}#/sedute/${sedutaId}/presenze`);
  await expect(quorumLine(page)).toHaveText('Presenti 27 comuni su 27 (di cui 1 in videoconferenza): numero legale raggiunto (richiesti 14 in prima convocazione).');
  await expect(page.getByLabel('In videoconferenza – Maratea')).toBeChecked();

  // --- Election on item 1: two candidates, schede bianche and nulle ---
  await openTab(page, 'Votazioni');
  await page.getByRole('button', { name: 'Registra la votazione del punto 1' }).click();
  const election = page.getByRole('form', { name: 'Votazione del punto 1' });
  await election.getByLabel('Tipo di votazione').selectOption({ label: 'Elezione / nomina (candidati, a scrutinio segreto)' });
  await election.getByLabel('Candidato 1', { exact: true }).fill('Anna Bianchi');
  await election.getByLabel('Voti del candidato 1').fill('15');
  await election.getByRole('button', { name: 'Aggiungi candidato' }).click();
  await election.getByLabel('Candidato 2', { exact: true }).fill('Mario Rossi');
  await election.getByLabel('Voti del candidato 2').fill('12');
  await election.getByLabel('Schede bianche').fill('2');
  await election.getByLabel('Schede nulle').fill('1');
  await election.getByRole('button', { name: 'Registra votazione' }).click();
  await expect(election.getByText('Lo scrutinio segreto conta 30 voti ma i comuni presenti al punto sono 27')).toBeVisible();
  await election.getByLabel('Voti del candidato 2').fill('9');
  await election.getByRole('button', { name: 'Registra votazione' }).click();
  const punto1 = page.getByRole('region', { name: 'Punto 1. Nomina del rappresentante della Conferenza al Tavolo regionale' });
  await expect(punto1.locator('.esito-badge')).toHaveText('Eletto');
  await expect(punto1).toContainText('Risulta eletta Anna Bianchi con 15 voti su 27 comuni presenti.');
  await expect(punto1).toContainText('Anna Bianchi 15, Mario Rossi 9, schede bianche 2, schede nulle 1 su 27 presenti al punto');

  // --- Named vote on item 2: it starts empty; Calvera contrario, Shift+F gives the others favorevole ---
  await page.getByRole('button', { name: 'Registra la votazione del punto 2' }).click();
  const named = page.getByRole('form', { name: 'Votazione del punto 2' });
  await expect(named.locator('.vote-counts')).toContainText('Favorevoli 0 · Contrari 0 · Astenuti 0 · Non votanti 0 · Senza voto 27');
  await expect(named.getByRole('radiogroup', { name: 'Voto di Lauria' }).getByRole('radio', { checked: true })).toHaveCount(0);
  await named.getByRole('radiogroup', { name: 'Voto di Calvera' }).getByRole('radio', { name: 'Contrario' }).check();
  await named.getByRole('button', { name: 'Registra votazione' }).click();
  await expect(named.getByText(/^Manca il voto di 26 comuni presenti al punto: Carbone, /)).toBeVisible();
  await named.getByRole('radiogroup', { name: 'Voto di Carbone' }).getByRole('radio', { name: 'Favorevole' }).focus();
  await page.keyboard.press('Shift+F');
  await expect(named.locator('.vote-counts')).toContainText('Favorevoli 26 · Contrari 1 · Astenuti 0 · Non votanti 0 · Senza voto 0');
  await expect(named.getByRole('radiogroup', { name: 'Voto di Calvera' }).getByRole('radio', { name: 'Contrario' })).toBeChecked();
  await named.getByRole('button', { name: 'Registra votazione' }).click();
  const punto2 = page.getByRole('region', { name: 'Punto 2. Approvazione del calendario delle sedute' });
  await expect(punto2.locator('.esito-badge')).toHaveText('Approvata');
  await expect(punto2).toContainText('Contrari: Calvera');
});
