import fs from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectOk } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';
import { expect, httpBackend, test } from './fixtures';

test.afterEach(async ({ page }) => {
  await page.close();
});

/** Ten days ago: a seduta held and closed in the past, whatever today is. */
const tenDaysAgo = (): string => new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);

async function downloadBy(page: Page, button: string): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return downloaded;
}

test('Estratti per comune of a closed seduta: one comune chosen by name, then all 27 in one ZIP', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const api = httpBackend(preview);
  const data = tenDaysAgo();
  const seduta = await recordedSeduta(api, data);
  const lauria = seduta.presenze.find((p) => p.comune === 'Lauria')!;
  const lauriaVote = seduta.punti[1]!.votazione!.voti.find((v) => v.comuneId === lauria.comuneId)!.voto;

  await page.goto(`${preview.url}#/sedute/${seduta.seduta.id}`);
  await page.getByRole('tab', { name: 'Documenti' }).click();
  const documenti = page.getByRole('tabpanel', { name: 'Documenti' });
  await expect(documenti.getByRole('heading', { name: 'Estratti per comune' })).toBeVisible();

  // --- One comune ---
  await documenti.getByLabel('Comune', { exact: true }).selectOption({ label: 'Lauria' });
  const single = await downloadBy(page, 'Scarica l’estratto per il comune (PDF/A)');
  expect(single.suggestedFilename()).toBe(`Estratto_seduta_${data}_Lauria.pdf`);
  const text = normalizeSpaces(pdfPagesText(await fs.readFile((await single.path())!)).join(' '));
  expect(text).toContain('Estratto per il Comune di Lauria');
  expect(text).toContain(`Voto del Comune di Lauria: ${lauriaVote}.`);
  expect(text).toContain("non è l'atto");
  await expect(page.getByText(`File «Estratto_seduta_${data}_Lauria.pdf» salvato.`)).toBeVisible();

  // --- Every member comune, one PDF each ---
  const all = await downloadBy(page, 'Estratti per tutti i comuni (ZIP)');
  expect(all.suggestedFilename()).toBe(`Estratti_comuni_seduta_${data}.zip`);
  const zip = await JSZip.loadAsync(await fs.readFile((await all.path())!));
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(27);
  expect(names).toContain(`Estratto_seduta_${data}_San_Costantino_Albanese.pdf`);
  for (const name of names) expect(name).toMatch(new RegExp(`^Estratto_seduta_${data}_[\\p{L}_']+\\.pdf$`, 'u'));
  const lauriaInZip = await zip.file(`Estratto_seduta_${data}_Lauria.pdf`)!.async('nodebuffer');
  expect(normalizeSpaces(pdfPagesText(lauriaInZip).join(' '))).toContain(`Voto del Comune di Lauria: ${lauriaVote}.`);
  await expect(page.getByText(`File «Estratti_comuni_seduta_${data}.zip» salvato.`)).toBeVisible();
});

test('A seduta not yet closed offers no estratti per comune', async ({ page, preview }) => {
  const api = httpBackend(preview);
  const { seduta } = expectOk(
    await api.invoke('sedute.create', {
      organoId: 1,
      tipo: 'ordinaria',
      data: tenDaysAgo(),
      oraInizio: '10:30',
      luogo: 'Viggianello',
      oggetto: '',
      convocazioneProt: '',
      convocazioneData: null,
      primaConvocazione: null,
      secondaConvocazione: null,
      convocazioneEffettiva: 'prima',
    }),
  );
  await page.goto(`${preview.url}#/sedute/${seduta.id}`);
  await page.getByRole('tab', { name: 'Documenti' }).click();
  await expect(page.getByRole('heading', { name: 'Documenti della seduta' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Estratti per comune' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Estratti per tutti i comuni (ZIP)' })).toHaveCount(0);
});
