import { formatDateIt } from '../../shared/italian';
import { isPresentStato } from '../../shared/domain/presence';
import type { Presenza, RegoleVersione, Seduta, SedutaDetail } from '../../shared/domain/seduta';
import { checkQuorum } from '../../shared/rules';
import { notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { describeEsito } from './esito';

const DAY_MS = 86_400_000;

export function requireSeduta(deps: Deps, id: number): Seduta {
  const seduta = deps.sedute.get(id);
  if (!seduta) throw notFound('Seduta');
  return seduta;
}

/** Everything the Seduta page shows, with numero legale and outcomes computed by the rules of the seduta's date. */
export function loadSedutaDetail(deps: Deps, id: number): SedutaDetail {
  const seduta = requireSeduta(deps, id);
  const presenze = deps.sedute.presenze(id);
  const regole = deps.regole.inForce(seduta.organoId, seduta.data) ?? null;
  const presidentComuneId = deps.ente.get().capofilaComuneId;
  const votazioni = new Map(deps.odg.votazioni(id).map((v) => [v.punto_id, v]));
  const voti = deps.odg.voti(id);

  const punti = deps.odg.punti(id).map((p) => {
    const base = {
      id: p.id,
      posizione: p.posizione,
      titolo: p.titolo,
      descrizione: p.descrizione,
      relatore: p.relatore,
      atti: deps.regolamenti.byPunto(p.id).map((v) => ({ regolamentoId: v.regolamento_id, versioneId: v.id, sintesi: v.sintesi })),
    };
    const row = votazioni.get(p.id);
    if (!row) return { ...base, votazione: null };
    const vote = {
      modalita: row.modalita,
      ora: row.ora,
      voti: voti.filter((v) => v.punto_id === p.id).map((v) => ({ comuneId: v.comune_id, voto: v.voto })),
      conteggi: row.modalita === 'segreta' ? { favorevoli: row.favorevoli ?? 0, contrari: row.contrari ?? 0, astenuti: row.astenuti ?? 0 } : null,
    };
    const outcome = regole
      ? describeEsito(regole, seduta.convocazioneEffettiva, presenze, vote, presidentComuneId)
      : { esito: null, errore: 'Nessuna regola della Conferenza in vigore alla data della seduta.' };
    return { ...base, votazione: { ...vote, ...outcome } };
  });

  return { seduta, punti, presenze, quorum: regole && quorumOf(regole, seduta, presenze), regole, avvisi: warningsFor(seduta, regole) };
}

function quorumOf(regole: RegoleVersione, seduta: Seduta, presenze: readonly Presenza[]): SedutaDetail['quorum'] {
  if (presenze.length === 0) return null;
  const present = presenze.filter((p) => isPresentStato(p.stato));
  const q = checkQuorum(regole.regole, seduta.convocazioneEffettiva, present.length, presenze.length);
  const population = (list: readonly Presenza[]) => list.reduce((sum, p) => sum + p.popolazioneResidente, 0);
  return {
    raggiunto: q.reached,
    richiesti: q.required,
    presenti: q.present,
    membri: q.members,
    frase: q.sentence,
    popolazioneRappresentata: population(present),
    popolazioneTotale: population(presenze),
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
