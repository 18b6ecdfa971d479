import { formatDateIt, formatVerbaleNumber } from '../../shared/italian';
import { countedAt, isPresentStato } from '../../shared/domain/presence';
import type { Presenza, Seduta } from '../../shared/domain/seduta';
import { RulesInputError, type ConferenceRules } from '../../shared/rules';
import { listIt } from '../../shared/verbali/sentences';
import { todayIn } from '../../shared/clock';
import { sedutaEditable, sedutaTransition } from '../../shared/lifecycle';
import { AppFailure, conflict, notFound } from '../errors';
import { computeEsito } from '../services/esito';
import { loadSedutaDetail, requireSeduta } from '../services/seduta-detail';
import { fixClosingRecord } from '../services/seduta-record';
import { checkApprovalTarget } from '../services/verbale-approval';
import { assertPuntoRemovable, requireOrgano } from '../services/references';
import type { Deps, Handlers } from './types';

/** Attendance, agenda and votes change only while the seduta is convocata or in corso. */
function requireEditable(deps: Deps, sedutaId: number): Seduta {
  const seduta = requireSeduta(deps, sedutaId);
  const allowed = sedutaEditable(seduta.stato, seduta.storica);
  if (!allowed.ok) throw conflict(allowed.perche);
  return seduta;
}

function requirePunto(deps: Deps, id: number) {
  const punto = deps.odg.punto(id);
  if (!punto) throw notFound("Punto all'ordine del giorno");
  return punto;
}

const validation = (message: string, field?: string) => new AppFailure('VALIDATION', message, field ? { [field]: message } : undefined);

/** A named vote needs the vote of every comune counted at the item: all of them are named at once. */
function assertEveryVote(presenze: readonly Presenza[], vote: { ora: string | null; voti: readonly { comuneId: number }[] }, rules: ConferenceRules): void {
  const missing = presenze.filter((p) => countedAt(p, vote.ora, rules) && !vote.voti.some((v) => v.comuneId === p.comuneId)).map((p) => p.comune);
  if (missing.length === 0) return;
  const who = missing.length === 1 ? `del comune di ${missing[0]}, presente al punto` : `di ${missing.length} comuni presenti al punto: ${listIt(missing)}`;
  throw validation(`Manca il voto ${who}. Indicare il voto di ciascuno («Non votante» se non partecipa) o usare «Tutti i restanti».`);
}

export const seduteHandlers: Handlers<
  | 'sedute.years'
  | 'sedute.list'
  | 'sedute.get'
  | 'sedute.create'
  | 'sedute.update'
  | 'sedute.setStato'
  | 'odg.add'
  | 'odg.update'
  | 'odg.move'
  | 'odg.remove'
  | 'presenze.set'
  | 'sedute.tuttiPresenti'
  | 'sedute.azzeraPresenze'
  | 'votazioni.save'
  | 'votazioni.remove'
  | 'statistiche.presenze'
> = {
  'sedute.years': (deps, { organoId }) => deps.sedute.years(organoId),

  'sedute.list': (deps, { organoId, anno }) => deps.sedute.listByYear(organoId, anno),

  'sedute.get': (deps, { id }) => loadSedutaDetail(deps, id),

  'sedute.create': (deps, input) => {
    requireOrgano(deps, input.organoId);
    const id = deps.sedute.insert(input);
    // Verbali left to be approved later are proposed as the first items of the next seduta.
    for (const v of deps.verbali.awaitingApproval(input.organoId, input.data)) {
      deps.odg.insert(id, {
        titolo: `Approvazione del verbale n. ${v.numeroTesto}`,
        descrizione: `Approvazione del verbale n. ${v.numeroTesto} della seduta del ${formatDateIt(v.data)}.`,
        relatore: '',
        tipo: 'approvazione_verbale',
        verbaleId: v.id,
      });
    }
    return loadSedutaDetail(deps, id);
  },

  'sedute.update': (deps, { id, ...fields }) => {
    const before = requireEditable(deps, id);
    if (before.organoId !== fields.organoId) throw validation("L'organo di una seduta non si cambia: crearne una nuova.", 'organoId');
    deps.sedute.update(id, fields);
    return loadSedutaDetail(deps, id);
  },

  'sedute.setStato': (deps, { id, stato, ora, motivo }) => {
    const seduta = requireSeduta(deps, id);
    const allowed = sedutaTransition(seduta.stato, stato, {
      storica: seduta.storica,
      verbale: deps.verbali.bySeduta(id)?.stato ?? null,
      approvaVerbali: deps.odg.approvedThrough(id).map((v) => formatVerbaleNumber(v.numero, v.anno)),
      data: seduta.data,
      oggi: todayIn(deps.clock),
    });
    if (!allowed.ok) throw conflict(allowed.perche);
    if (allowed.motivoRichiesto && !motivo) throw validation('Indicare il motivo: resta registrato.', 'motivo');
    if (stato === 'chiusa' && ora && seduta.oraInizio && ora < seduta.oraInizio) {
      throw validation(`L'ora di chiusura precede l'inizio della seduta (${seduta.oraInizio}).`, 'ora');
    }
    deps.sedute.setStato(id, stato, stato === 'chiusa' ? ora : null, stato === 'annullata' ? motivo : null);
    if (stato === 'chiusa') fixClosingRecord(deps, seduta);
    if (seduta.stato === 'chiusa') {
      deps.sedute.deleteChiusura(id);
      // A draft written from the closed record no longer matches a seduta that is going on again.
      const draft = deps.verbali.bySeduta(id);
      if (draft) deps.verbali.setDaRigenerare(draft.id, true);
    }
    return loadSedutaDetail(deps, id);
  },

  'odg.add': (deps, { sedutaId, inCima, ...fields }) => {
    requireEditable(deps, sedutaId);
    if (fields.verbaleId !== null) checkApprovalTarget(deps, sedutaId, fields.verbaleId);
    const id = deps.odg.insert(sedutaId, fields);
    if (inCima) deps.odg.renumber(sedutaId, [id, ...deps.odg.punti(sedutaId).map((p) => p.id).filter((p) => p !== id)]);
    return loadSedutaDetail(deps, sedutaId);
  },

  'odg.update': (deps, { id, ...fields }) => {
    const punto = requirePunto(deps, id);
    requireEditable(deps, punto.seduta_id);
    if (fields.verbaleId !== null && fields.verbaleId !== punto.verbale_id) checkApprovalTarget(deps, punto.seduta_id, fields.verbaleId);
    deps.odg.update(id, fields);
    return loadSedutaDetail(deps, punto.seduta_id);
  },

  'odg.move': (deps, { id, direzione }) => {
    const punto = requirePunto(deps, id);
    requireEditable(deps, punto.seduta_id);
    const ids = deps.odg.punti(punto.seduta_id).map((p) => p.id);
    const from = ids.indexOf(id);
    const to = direzione === 'su' ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) {
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      deps.odg.renumber(punto.seduta_id, ids);
    }
    return loadSedutaDetail(deps, punto.seduta_id);
  },

  'odg.remove': (deps, { id }) => {
    const punto = requirePunto(deps, id);
    requireEditable(deps, punto.seduta_id);
    assertPuntoRemovable(deps, id);
    deps.odg.remove(id);
    deps.odg.renumber(punto.seduta_id, deps.odg.punti(punto.seduta_id).map((p) => p.id));
    return loadSedutaDetail(deps, punto.seduta_id);
  },

  'presenze.set': (deps, { sedutaId, comuneId, ...fields }) => {
    requireEditable(deps, sedutaId);
    const present = isPresentStato(fields.stato);
    const presenza = present
      ? { ...fields, qualifica: fields.stato === 'delegato' ? fields.qualifica : '' }
      : { ...fields, nominativo: '', qualifica: '', delegaRif: '', modalita: 'presenza' as const, oraIngresso: null, oraUscita: null };
    if (!deps.sedute.setPresenza(sedutaId, comuneId, presenza)) throw notFound('Comune tra i membri della seduta');
    return loadSedutaDetail(deps, sedutaId);
  },

  'sedute.tuttiPresenti': (deps, { sedutaId }) => {
    requireEditable(deps, sedutaId);
    deps.sedute.allPresent(sedutaId);
    return loadSedutaDetail(deps, sedutaId);
  },

  'sedute.azzeraPresenze': (deps, { sedutaId }) => {
    requireEditable(deps, sedutaId);
    deps.sedute.allAbsent(sedutaId);
    return loadSedutaDetail(deps, sedutaId);
  },

  'votazioni.save': (deps, { puntoId, tipo, modalita, ora, voti, conteggi, candidati }) => {
    const punto = requirePunto(deps, puntoId);
    const seduta = requireEditable(deps, punto.seduta_id);
    const regole = deps.regole.inForce(seduta.organoId, seduta.data);
    if (!regole) throw conflict('Nessuna regola della Conferenza è in vigore alla data della seduta: impostarle prima di votare.');
    const presenze = deps.sedute.presenze(seduta.id);
    // The contract refuses counts outside a secret ballot, and votes for or against in an election.
    const vote = { tipo, modalita, ora, voti, conteggi, candidati };
    if (modalita === 'palese') assertEveryVote(presenze, vote, regole.regole);
    try {
      computeEsito(regole, seduta.convocazioneEffettiva, presenze, vote, deps.ente.get().capofilaComuneId);
    } catch (error) {
      // The whole vote is refused, not one field: the message goes above the form, once.
      if (error instanceof RulesInputError) throw validation(error.message);
      throw error;
    }
    const c = vote.conteggi;
    deps.odg.saveVotazione(
      {
        puntoId,
        tipo,
        modalita,
        ora,
        favorevoli: c?.favorevoli ?? null,
        contrari: c?.contrari ?? null,
        astenuti: c?.astenuti ?? null,
        bianche: c?.bianche ?? null,
        nulle: c?.nulle ?? null,
      },
      modalita === 'palese' ? voti : [],
      tipo === 'elezione' ? candidati : [],
    );
    return loadSedutaDetail(deps, seduta.id);
  },

  'votazioni.remove': (deps, { puntoId }) => {
    const punto = requirePunto(deps, puntoId);
    requireEditable(deps, punto.seduta_id);
    deps.odg.removeVotazione(puntoId);
    return loadSedutaDetail(deps, punto.seduta_id);
  },

  'statistiche.presenze': (deps, { organoId, anno }) => {
    const righe = deps.sedute.attendance(organoId, anno).map((r) => ({ comuneId: r.comune_id, comune: r.comune, presenze: r.presenze, sedute: r.sedute }));
    // Held sedute only: a convocata one has not taken place yet.
    const sedute = deps.sedute.listByYear(organoId, anno).filter((s) => s.stato === 'in_corso' || s.stato === 'chiusa');
    return {
      anno,
      seduteTenute: sedute.length,
      seduteConPresenze: sedute.filter((s) => s.membri > 0).length,
      righe,
    };
  },
};
