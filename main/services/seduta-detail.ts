import { formatDateIt } from '../../shared/italian';
import type { RegoleVersione, Seduta, SedutaDetail } from '../../shared/domain/seduta';
import { notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { liveRecord, storedRecord, voteOf } from './seduta-record';

const DAY_MS = 86_400_000;

export function requireSeduta(deps: Deps, id: number): Seduta {
  const seduta = deps.sedute.get(id);
  if (!seduta) throw notFound('Seduta', true);
  return seduta;
}

/**
 * Everything the Seduta page shows. A closed seduta is shown from the record fixed at its closing; an open one with
 * the numero legale and outcomes computed now, by the rules of the seduta's date.
 */
export function loadSedutaDetail(deps: Deps, id: number): SedutaDetail {
  const seduta = requireSeduta(deps, id);
  const stored = seduta.stato === 'chiusa' ? storedRecord(deps, id) : undefined;
  const { regole, presidenza, presenze, quorum, esiti } = stored?.record ?? liveRecord(deps, seduta);
  const votazioni = new Map(deps.odg.votazioni(id).map((v) => [v.punto_id, v]));
  const voti = deps.odg.voti(id);
  const candidati = deps.odg.candidati(id);
  const atti = deps.regolamenti.byPunto.bind(deps.regolamenti);

  const punti = deps.odg.punti(id).map((p) => {
    const base = {
      id: p.id,
      posizione: p.posizione,
      titolo: p.titolo,
      descrizione: p.descrizione,
      relatore: p.relatore,
      tipo: p.tipo,
      verbaleId: p.verbale_id,
      atti: atti(p.id).map((v) => ({ regolamentoId: v.regolamento_id, versioneId: v.id, sintesi: v.sintesi })),
    };
    const row = votazioni.get(p.id);
    if (!row) return { ...base, votazione: null };
    const outcome = esiti[p.id] ?? { esito: null, errore: 'Esito non registrato alla chiusura della seduta.' };
    return { ...base, votazione: { ...voteOf(row, voti, candidati), ...outcome } };
  });

  return {
    seduta,
    punti,
    presenze,
    quorum,
    regole,
    presidenza,
    chiusura: stored ? { chiusaIl: stored.chiusaIl, sha256: stored.sha256 } : null,
    avvisi: warningsFor(seduta, regole),
  };
}

/** Warnings, never blocks: the office may have good reasons (an urgent matter, a missing letter). */
function warningsFor(seduta: Seduta, regole: RegoleVersione | null): string[] {
  if (seduta.storica) {
    return ["Seduta storica registrata dall'archivio: presenze e votazioni non sono state digitalizzate."];
  }
  if (!regole) return ['Nessuna regola della Conferenza è in vigore alla data della seduta: impostarle in Impostazioni → Regole.'];
  if (!seduta.convocazioneData) return ['Data di invio della convocazione non indicata: il preavviso non può essere verificato.'];
  const days = Math.round((Date.parse(seduta.data) - Date.parse(seduta.convocazioneData)) / DAY_MS);
  const urgent = seduta.tipo === 'urgente';
  const required = urgent ? regole.regole.noticeDaysUrgent : regole.regole.noticeDaysOrdinary;
  if (days >= required) return [];
  return [
    `Preavviso di ${days} ${days === 1 ? 'giorno' : 'giorni'} (convocazione inviata il ${formatDateIt(seduta.convocazioneData)}): ` +
      `le regole in vigore ne richiedono almeno ${required} per una seduta ${urgent ? 'urgente' : seduta.tipo}.`,
  ];
}
