import Database from 'better-sqlite3';
import { snapshotDb } from '../helpers/db-snapshot';
import { expect, test } from './fixtures';

const sindacoOf = (dbPath: string, nome: string): string => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT sindaco_nome FROM comuni WHERE nome = ?').get(nome) as { sindaco_nome: string }).sindaco_nome;
  } finally {
    db.close();
  }
};

test('Comuni: the 27 comuni, a mayor edited and kept after reload', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Comuni' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Comuni dell'Ambito" })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Elenco dei comuni' }).locator('tbody tr');
  await expect(rows).toHaveCount(27);
  await expect(page.getByText('27 comuni attivi')).toBeVisible();
  await expect(rows.filter({ hasText: 'Viggianello' }).getByText('Capofila')).toBeVisible();
  await expect(rows.filter({ hasText: 'Lauria' })).toContainText('11.662');

  await page.getByRole('button', { name: 'Modifica Lauria' }).click();
  await page.getByLabel('Nome del sindaco').fill('Giovanni D’Alessandro');
  await page.getByLabel('E-mail', { exact: true }).fill('sindaco@comune.lauria.pz.it');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Dati del comune salvati.')).toBeVisible();
  expect(sindacoOf(preview.dbPath, 'Lauria')).toBe('Giovanni D’Alessandro');

  await page.reload();
  await expect(page.getByRole('table', { name: 'Elenco dei comuni' }).locator('tbody tr').filter({ hasText: 'Lauria' })).toContainText(
    'Giovanni D’Alessandro',
  );
});

test('Comuni: an invalid value shows the Italian error and changes nothing', async ({ page, preview }) => {
  await page.goto(`${preview.url}#/comuni`);
  await page.getByRole('button', { name: 'Modifica Maratea' }).click();
  const before = snapshotDb(preview.dbPath);
  await page.getByLabel('Nome del sindaco').fill('Mario 123');
  await page.getByLabel('PEC').fill('protocollo-senza-chiocciola');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('alert')).toContainText('2 dati non sono validi');
  await expect(page.getByText('Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini')).toBeVisible();
  await expect(page.getByText('Indirizzo e-mail non valido (esempio: nome@comune.it)')).toBeVisible();
  await expect(page.getByLabel('PEC')).toHaveAttribute('aria-invalid', 'true');
  expect(snapshotDb(preview.dbPath)).toEqual(before);
});

test("Impostazioni → Ente: the ente's data are edited and shown in the header", async ({ page, preview }) => {
  await page.goto(`${preview.url}#/impostazioni`);
  await page.getByLabel('Segretario verbalizzante').fill('Dott. Luca Bianchi');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText("Dati dell'ente salvati.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Segretario verbalizzante')).toHaveValue('Dott. Luca Bianchi');
  await expect(page.getByLabel('Presidente')).toHaveValue('Antonio Rizzo');
  await expect(page.getByRole('banner')).toContainText('Ambito Socio-Territoriale Lagonegrese Pollino');
});
