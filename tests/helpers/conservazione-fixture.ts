import type { Backend } from '../../main/backend';
import { expectOk } from './backend';
import { SEDUTA_INPUT } from './seduta-fixture';

/** A seduta on `data` that approves `verbaleId` (e.g. a rettifica) unanimously, with 15 mayors present, closed. */
export async function sedutaApprovingVerbale(backend: Pick<Backend, 'invoke'>, data: string, verbaleId: number, numeroTesto: string) {
  let d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null }));
  const sedutaId = d.seduta.id;
  d = expectOk(
    await backend.invoke('odg.add', { sedutaId, titolo: `Approvazione del verbale n. ${numeroTesto}`, descrizione: '', relatore: '', tipo: 'approvazione_verbale', verbaleId }),
  );
  const puntoId = d.punti.find((p) => p.verbaleId === verbaleId)!.id;
  for (const p of d.presenze.slice(0, 15)) {
    expectOk(
      await backend.invoke('presenze.set', {
        sedutaId,
        comuneId: p.comuneId,
        stato: 'sindaco',
        nominativo: `Sindaco di ${p.comune}`.replace(/[^\p{L} .'-]/gu, ''),
        qualifica: '',
        delegaRif: '',
        oraIngresso: null,
        oraUscita: null,
      }),
    );
  }
  expectOk(await backend.invoke('votazioni.save', { puntoId, modalita: 'unanimita' }));
  expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso' }));
  expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'chiusa', ora: '12:00' }));
  return { sedutaId, puntoId };
}

/** A signed verbale's rettifica, approved in a later seduta and exported: a fixed act linked to its original. */
export async function exportedRettifica(backend: Pick<Backend, 'invoke'>, originalId: number, oggetto: string) {
  const draft = expectOk(await backend.invoke('verbali.rettifica', { id: originalId, oggetto, testo: 'Al punto 2 il delegato è Mario Rossi.', data: '2027-01-10' }));
  const { puntoId } = await sedutaApprovingVerbale(backend, '2027-01-15', draft.id, draft.numeroTesto);
  expectOk(await backend.invoke('verbali.approva', { id: draft.id, puntoId }));
  return expectOk(await backend.invoke('verbali.esporta', { id: draft.id }));
}
