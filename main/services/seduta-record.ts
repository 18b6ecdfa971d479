import { createHash } from 'node:crypto';
import { z } from 'zod';
import { countedAt, isRemote } from '../../shared/domain/presence';
import {
  esitoSchema,
  presenzaSchema,
  quorumSchema,
  regoleVersioneSchema,
  sedutaDetailSchema,
  type Presenza,
  type RegoleVersione,
  type Seduta,
  type SedutaDetail,
} from '../../shared/domain/seduta';
import { checkQuorum } from '../../shared/rules';
import type { Deps } from '../handlers/types';
import { describeEsito, type VoteRecord } from './esito';

/**
 * What a seduta is judged by: the rules version, the presidency, the attendance (with the comuni's names and
 * populations of the day) and each vote's outcome with its explanation. Computed from today's data while the seduta
 * is open; fixed at closing and read from storage afterwards, so later edits of rules, ente or comuni never change it.
 */
export const closingRecordSchema = z.object({
  regole: regoleVersioneSchema.nullable(),
  presidenza: sedutaDetailSchema.shape.presidenza,
  presenze: z.array(presenzaSchema),
  quorum: quorumSchema.nullable(),
  esiti: z.record(z.string(), z.object({ esito: esitoSchema.nullable(), errore: z.string().nullable() })),
});
export type ClosingRecord = z.infer<typeof closingRecordSchema>;

export function liveRecord(deps: Deps, seduta: Seduta): ClosingRecord {
  const presenze = deps.sedute.presenze(seduta.id);
  const regole = deps.regole.inForce(seduta.organoId, seduta.data) ?? null;
  const ente = deps.ente.get();
  const votazioni = deps.odg.votazioni(seduta.id);
  const voti = deps.odg.voti(seduta.id);
  const candidati = deps.odg.candidati(seduta.id);
  const esiti: ClosingRecord['esiti'] = {};
  for (const row of votazioni) {
    esiti[row.punto_id] = regole
      ? describeEsito(regole, seduta.convocazioneEffettiva, presenze, voteOf(row, voti, candidati), ente.capofilaComuneId)
      : { esito: null, errore: 'Nessuna regola della Conferenza in vigore alla data della seduta.' };
  }
  return {
    regole,
    presidenza: { presidente: ente.presidente, capofilaComuneId: ente.capofilaComuneId, capofila: ente.capofilaNome, segretario: ente.segretarioVerbalizzante },
    presenze,
    quorum: regole && quorumOf(regole, seduta, presenze),
    esiti,
  };
}

type VotazioneRow = ReturnType<Deps['odg']['votazioni']>[number];
type VotoRow = ReturnType<Deps['odg']['voti']>[number];
type CandidatoRow = ReturnType<Deps['odg']['candidati']>[number];

export function voteOf(row: VotazioneRow, voti: readonly VotoRow[], candidati: readonly CandidatoRow[]): Required<VoteRecord> {
  return {
    tipo: row.tipo,
    modalita: row.modalita,
    ora: row.ora,
    voti: voti.filter((v) => v.punto_id === row.punto_id).map((v) => ({ comuneId: v.comune_id, voto: v.voto })),
    conteggi:
      row.modalita === 'segreta'
        ? { favorevoli: row.favorevoli ?? 0, contrari: row.contrari ?? 0, astenuti: row.astenuti ?? 0, bianche: row.bianche ?? 0, nulle: row.nulle ?? 0 }
        : null,
    candidati: candidati.filter((c) => c.punto_id === row.punto_id).map((c) => ({ nome: c.nome, voti: c.voti })),
  };
}

function quorumOf(regole: RegoleVersione, seduta: Seduta, presenze: readonly Presenza[]): SedutaDetail['quorum'] {
  if (presenze.length === 0) return null;
  // At the seduta as a whole (no time): whoever was there at some point, remote ones as the rules say.
  const present = presenze.filter((p) => countedAt(p, null, regole.regole));
  const collegati = presenze.filter(isRemote).length;
  const q = checkQuorum(regole.regole, seduta.convocazioneEffettiva, present.length, presenze.length, collegati);
  const population = (list: readonly Presenza[]) => list.reduce((sum, p) => sum + p.popolazioneResidente, 0);
  return {
    raggiunto: q.reached,
    richiesti: q.required,
    presenti: q.present,
    membri: q.members,
    frase: q.sentence,
    popolazioneRappresentata: population(present),
    popolazioneTotale: population(presenze),
    collegati,
    collegatiComputati: regole.regole.remotePresenceCounts,
  };
}

/** Stores the record of a seduta being closed (inside the closing transaction). */
export function fixClosingRecord(deps: Deps, seduta: Seduta): void {
  const record = JSON.stringify(liveRecord(deps, seduta));
  deps.sedute.insertChiusura({
    sedutaId: seduta.id,
    chiusaIl: deps.clock.now().toISOString(),
    regoleVersioneId: JSON.parse(record).regole?.id ?? null,
    record,
    sha256: sha256Of(record),
  });
}

export const sha256Of = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** The stored record of a closed seduta, or undefined when it has none (a historic seduta). */
export function storedRecord(deps: Deps, sedutaId: number): { record: ClosingRecord; chiusaIl: string; sha256: string } | undefined {
  const row = deps.sedute.chiusura(sedutaId);
  return row && { record: closingRecordSchema.parse(JSON.parse(row.record)), chiusaIl: row.chiusa_il, sha256: row.sha256 };
}

/**
 * Sedute closed by an earlier version of the app have no record: it is fixed now, once, from the data as it stands
 * (the best that is known), in one audited transaction.
 */
export function recordLegacyClosings(deps: Deps): void {
  const ids = deps.sedute.closedWithoutRecord();
  if (ids.length === 0 || deps.db.readonly) return;
  deps.write(() => {
    deps.changes.reset();
    for (const id of ids) fixClosingRecord(deps, deps.sedute.get(id)!);
    deps.auditTrail.append({
      operatore: deps.session.operatore,
      canale: 'sedute.registraChiusure',
      action: 'registraChiusure',
      entity: 'seduta',
      entityId: null,
      detail: { sedute: ids },
      modifiche: deps.changes.take(),
    });
  });
}
