import type { Backend } from '../../main/backend';
import { expectOk, TEST_NOW } from './backend';
import { recordedSeduta } from './seduta-fixture';

/** The verbale of a recorded seduta, approved in that same seduta through its approval item. */
export async function approvedVerbale(backend: Pick<Backend, 'invoke'>, data?: string) {
  const seduta = await recordedSeduta(backend, data, { approvazione: true });
  const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
  const puntoId = seduta.punti.find((p) => p.tipo === 'approvazione_verbale')!.id;
  return { seduta, puntoId, verbale: expectOk(await backend.invoke('verbali.approva', { id, puntoId })) };
}

/** The same, exported for signing: its PDF/A and SHA-256 stored, awaiting the signed file. */
export async function exportedVerbale(backend: Pick<Backend, 'invoke'>, data?: string) {
  const { seduta, verbale } = await approvedVerbale(backend, data);
  return { seduta, verbale: expectOk(await backend.invoke('verbali.esporta', { id: verbale.id })) };
}

/** A one-page scan as a PDF: what the office archives after signing on paper. */
export const SCAN_PDF = Buffer.from('%PDF-1.4\n% scansione del verbale firmato\n%%EOF\n');

/** Exported, then signed by hand on `data` (the test clock's today by default) with the scan archived. */
export async function signedVerbale(backend: Pick<Backend, 'invoke'>, data?: string, firmaIl = TEST_NOW.slice(0, 10)) {
  const { seduta, verbale } = await exportedVerbale(backend, data);
  const signed = expectOk(
    await backend.invoke('verbali.firmaAutografa', {
      id: verbale.id,
      data: firmaIl,
      firmatari: ['Antonio Rizzo', 'Caterina Cerbino'],
      nomeFile: 'verbale firmato.pdf',
      base64: SCAN_PDF.toString('base64'),
    }),
  );
  return { seduta, verbale: signed };
}

/** A convenzione of one article whose first version the verbale approves: an owner of allegati fixed with that verbale. */
export async function convenzioneOf(backend: Pick<Backend, 'invoke'>, verbaleId: number, testo = 'La presente convenzione disciplina la gestione associata.') {
  const regolamento = expectOk(
    await backend.invoke('regolamenti.create', {
      titolo: 'Convenzione per la gestione associata',
      organoId: 1,
      tipo: 'convenzione',
      vigenteDal: '2026-12-10',
      verbaleId,
      puntoId: null,
      articoli: [{ numero: '1', rubrica: 'Oggetto', testo }],
    }),
  );
  return { regolamento, versioneId: regolamento.elencoVersioni[0]!.id };
}
