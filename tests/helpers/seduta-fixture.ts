import type { Backend } from '../../main/backend';
import type { SedutaDetail } from '../../shared/domain/seduta';
import { expectOk } from './backend';

export const SEDUTA_INPUT = {
  organoId: 1,
  tipo: 'ordinaria',
  data: '2026-12-10',
  oraInizio: '10:30',
  luogo: "la sede dell'Ufficio di Piano, Contrada Anzoleconte, Viggianello",
  oggetto: '',
  convocazioneProt: '1234',
  convocazioneData: '2026-12-01',
  primaConvocazione: null,
  secondaConvocazione: null,
  convocazioneEffettiva: 'prima',
} as const;

/** A seduta opened and closed with nothing recorded (enough to draft and number its verbale). */
export async function closedSeduta(backend: Pick<Backend, 'invoke'>, data: string = SEDUTA_INPUT.data): Promise<SedutaDetail> {
  const { seduta } = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null }));
  expectOk(await backend.invoke('sedute.setStato', { id: seduta.id, stato: 'in_corso' }));
  return expectOk(await backend.invoke('sedute.setStato', { id: seduta.id, stato: 'chiusa', ora: '12:00' }));
}

/**
 * A seduta as the office records it: two agenda items, 15 comuni present (two by delegate),
 * a named vote 12 favorevoli, 2 contrari, 1 astenuto on the second item, closed at 12:15.
 * With `approvazione`, a third item approves the seduta's own verbale, unanimously.
 */
export async function recordedSeduta(
  backend: Pick<Backend, 'invoke'>,
  data: string = SEDUTA_INPUT.data,
  { approvazione = false } = {},
): Promise<SedutaDetail> {
  let d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null }));
  const id = d.seduta.id;
  d = expectOk(await backend.invoke('odg.add', { sedutaId: id, titolo: 'Comunicazioni del Presidente', descrizione: 'Il Presidente informa la Conferenza sullo stato del Piano.', relatore: '' }));
  d = expectOk(await backend.invoke('odg.add', { sedutaId: id, titolo: 'Approvazione del Piano sociale di zona 2027', descrizione: 'Si illustra la proposta di Piano.', relatore: 'la Dott.ssa Caterina Cerbino' }));
  for (const [i, p] of d.presenze.slice(0, 15).entries()) {
    const delegate = i < 2;
    d = expectOk(
      await backend.invoke('presenze.set', {
        sedutaId: id,
        comuneId: p.comuneId,
        stato: delegate ? 'delegato' : 'sindaco',
        nominativo: delegate ? `Delegato ${p.comune}`.replace(/[^\p{L} .'-]/gu, '') : p.sindacoAttuale || `Sindaco di ${p.comune}`,
        qualifica: delegate ? 'assessore' : '',
        delegaRif: delegate ? 'decreto sindacale n. 5 del 02/12/2026' : '',
        oraIngresso: null,
        oraUscita: null,
      }),
    );
  }
  const present = d.presenze.filter((p) => p.stato !== 'assente');
  const voti = present.map((p, i) => ({ comuneId: p.comuneId, voto: i < 12 ? 'favorevole' : i < 14 ? 'contrario' : 'astenuto' }) as const);
  d = expectOk(await backend.invoke('votazioni.save', { puntoId: d.punti[1]!.id, modalita: 'palese', ora: null, voti, conteggi: null }));
  if (approvazione) {
    d = expectOk(
      await backend.invoke('odg.add', { sedutaId: id, titolo: 'Lettura e approvazione del verbale della seduta', descrizione: '', relatore: '', tipo: 'approvazione_verbale' }),
    );
    d = expectOk(await backend.invoke('votazioni.save', { puntoId: d.punti[2]!.id, modalita: 'unanimita' }));
  }
  expectOk(await backend.invoke('sedute.setStato', { id, stato: 'in_corso' }));
  return expectOk(await backend.invoke('sedute.setStato', { id, stato: 'chiusa', ora: '12:15' }));
}
