import { countedAt, isPresentStato, isRemote } from '../../shared/domain/presence';
import { formatDateIt } from '../../shared/italian';
import type { Ente } from '../../shared/domain/ente';
import type { Presenza, Punto, SedutaDetail } from '../../shared/domain/seduta';
import type { RigaPresenza } from '../../shared/domain/verbale';
import { checkQuorum, type ConferenceRules } from '../../shared/rules';
import { decisionOf, type Counts } from '../../shared/verbali/decision';
import { dispositivo } from '../../shared/verbali/dispositivo';
import { electionDispositivo, electionSentence } from '../../shared/verbali/elezione';
import { delegationSentence, movementSentence, remoteSentence, type Rappresentante } from '../../shared/verbali/presenze';
import { firstCallDeserted, quorumDeclaration } from '../../shared/verbali/quorum';
import { closingSentence, openingParagraph, presidencySentence } from '../../shared/verbali/sentences';
import { voteSentence } from '../../shared/verbali/vote';

export interface SezioneDraft {
  chiave: string;
  titolo: string;
  tipo: 'testo' | 'presenze';
  testo: string;
}

const ROLE: Record<Presenza['stato'], string> = {
  sindaco: 'Sindaco',
  delegato: 'Delegato',
  assente: '',
  assente_giustificato: '',
};

/** "Delegato (vicesindaco, in videoconferenza)". */
function roleOf(p: Presenza): string {
  const details = [p.stato === 'delegato' ? p.qualifica : '', isRemote(p) ? 'in videoconferenza' : ''].filter(Boolean);
  return details.length ? `${ROLE[p.stato]} (${details.join(', ')})` : ROLE[p.stato];
}

/** The presence table as the verbale freezes it: who sat for each comune, in which role. */
export function presenceRows(presenze: readonly Presenza[]): RigaPresenza[] {
  return presenze.map((p) => {
    const presente = isPresentStato(p.stato);
    const ruolo = presente ? roleOf(p) : p.stato === 'assente_giustificato' ? 'Assente giustificato' : 'Assente';
    return { comune: p.comune, nominativo: presente ? p.nominativo : '', ruolo, presente, popolazione: p.popolazioneResidente };
  });
}

const rappresentante = (p: Presenza): Rappresentante => ({
  comune: p.comune,
  ruolo: p.stato === 'delegato' ? 'delegato' : 'sindaco',
  nominativo: p.nominativo,
});

interface Movement {
  ora: string;
  text: string;
}

/** Who counts at a time: remote members only when the rules of the seduta count them. */
const countsAt = (detail: SedutaDetail) => (p: Presenza, ora: string | null) =>
  countedAt(p, ora, detail.regole?.regole ?? { remotePresenceCounts: false });

/** Arrivals after the opening and exits before the closing, one sentence per time, with the comuni present after it. */
function movements(detail: SedutaDetail): Movement[] {
  const presentAt = countsAt(detail);
  const { seduta, presenze } = detail;
  const present = presenze.filter((p) => isPresentStato(p.stato));
  const arrivals = present.filter((p) => p.oraIngresso && (!seduta.oraInizio || p.oraIngresso > seduta.oraInizio));
  const exits = present.filter((p) => p.oraUscita && (!seduta.oraFine || p.oraUscita < seduta.oraFine));
  const times = [...new Set([...arrivals.map((p) => p.oraIngresso), ...exits.map((p) => p.oraUscita)])].filter((t): t is string => !!t).sort();
  return times.map((ora) => ({
    ora,
    text: movementSentence({
      ora,
      entrano: arrivals.filter((p) => p.oraIngresso === ora).map(rappresentante),
      escono: exits.filter((p) => p.oraUscita === ora).map(rappresentante),
      presenti: presenze.filter((p) => presentAt(p, ora)).length,
    }),
  }));
}

/**
 * Each movement goes to the first item voted at or after it (the vote it changes); movements after
 * the last timed vote go before the closing.
 */
function movementsByItem(punti: readonly Punto[], list: readonly Movement[]): { byItem: Map<number, string[]>; after: string[] } {
  const byItem = new Map<number, string[]>();
  const after: string[] = [];
  for (const m of list) {
    const punto = punti.find((p) => p.votazione?.ora && m.ora <= p.votazione.ora);
    if (punto) byItem.set(punto.id, [...(byItem.get(punto.id) ?? []), m.text]);
    else after.push(m.text);
  }
  return { byItem, after };
}

function numeroLegale(detail: SedutaDetail): string {
  const { seduta, presenze, regole } = detail;
  if (!regole || presenze.length === 0) return '';
  const call = seduta.convocazioneEffettiva;
  const counted = presenze.filter((p) => countsAt(detail)(p, seduta.oraInizio));
  const presenti = counted.length;
  const q = checkQuorum(regole.regole, call, presenti, presenze.length);
  const collegati = counted.filter(isRemote).length;
  const declaration = quorumDeclaration({ presenti, membri: presenze.length, richiesti: q.required, convocazione: call, collegati });
  return call === 'seconda' ? `${firstCallDeserted(seduta.primaConvocazione)} ${declaration}` : declaration;
}

/** Inhabitants on each side of an open vote, in the population the rules weigh by; null when the vote is per head. */
function populationCounts(rules: ConferenceRules, punto: Punto, presenze: readonly Presenza[]): Counts | null {
  const presentAt = (p: Presenza, ora: string | null) => countedAt(p, ora, rules);
  const v = punto.votazione;
  if (!v || v.modalita === 'segreta' || rules.weighting.kind === 'perHead') return null;
  const weight = rules.weighting.reference === 'residente' ? (p: Presenza) => p.popolazioneResidente : (p: Presenza) => p.popolazioneCensimento2011 ?? 0;
  const voteOf = (p: Presenza) => (v.modalita === 'unanimita' ? 'favorevole' : v.voti.find((x) => x.comuneId === p.comuneId)?.voto);
  const sum = (list: readonly Presenza[]) => list.reduce((total, p) => total + weight(p), 0);
  const atItem = presenze.filter((p) => presentAt(p, v.ora));
  return {
    favorevoli: sum(atItem.filter((p) => voteOf(p) === 'favorevole')),
    contrari: sum(atItem.filter((p) => voteOf(p) === 'contrario')),
    astenuti: sum(atItem.filter((p) => voteOf(p) === 'astenuto')),
    presenti: sum(atItem),
    componenti: sum(presenze),
  };
}

function voteParagraph(detail: SedutaDetail, punto: Punto, presidentComuneId: number): string {
  const v = punto.votazione;
  if (!v) return 'Il punto non è stato posto in votazione.';
  if (!v.esito) return `Votazione registrata ma non valutabile: ${v.errore ?? 'dati incompleti'}.`;
  const { presenze, regole } = detail;
  const e = v.esito;
  if (v.tipo === 'elezione') return electionParagraph(v.candidati, e);
  const presentAt = countsAt(detail);
  const voteOf = (comuneId: number) => v.voti.find((x) => x.comuneId === comuneId)?.voto ?? null;
  const namesOf = (voto: 'contrario' | 'astenuto') =>
    v.modalita === 'palese' ? presenze.filter((p) => presentAt(p, v.ora) && voteOf(p.comuneId) === voto).map((p) => p.comune) : [];
  const population = regole ? populationCounts(regole.regole, punto, presenze) : null;
  const decisione =
    regole && (e.esito === 'approvata' || e.esito === 'respinta')
      ? decisionOf({
          rules: regole.regole,
          modalita: v.modalita,
          esito: e.esito,
          heads: { favorevoli: e.favorevoli, contrari: e.contrari, astenuti: e.astenuti, presenti: e.presenti, componenti: presenze.length },
          population,
          presidentVote: voteOf(presidentComuneId),
        })
      : null;
  return voteSentence({
    modalita: v.modalita,
    esito: e.esito === 'approvata' || e.esito === 'respinta' ? e.esito : 'numero_legale_mancante',
    presenti: e.presenti,
    favorevoli: e.favorevoli,
    contrari: e.contrari,
    astenuti: e.astenuti,
    contrariNomi: namesOf('contrario'),
    astenutiNomi: namesOf('astenuto'),
    ...(v.modalita === 'segreta' ? { bianche: e.bianche, nulle: e.nulle } : {}),
    ...(population ? { popolazione: population } : {}),
    ...(decisione ? { decisione } : {}),
  });
}

type Esito = NonNullable<NonNullable<Punto['votazione']>['esito']>;

function electionParagraph(candidati: NonNullable<Punto['votazione']>['candidati'], e: Esito): string {
  const esito = e.esito === 'eletto' || e.esito === 'nessun_eletto' ? e.esito : 'numero_legale_mancante';
  return electionSentence({ esito, presenti: e.presenti, candidati, bianche: e.bianche, nulle: e.nulle, eletti: e.eletti, parita: e.parita });
}

function dispositivoOf(punto: Punto): string {
  const e = punto.votazione?.esito;
  if (!e) return '';
  if (e.esito === 'eletto' || e.esito === 'nessun_eletto') return electionDispositivo({ ...e, esito: e.esito }, punto.titolo);
  if (punto.votazione?.tipo === 'elezione') return electionDispositivo({ ...e, esito: 'numero_legale_mancante' }, punto.titolo);
  return dispositivo(e.esito, punto.titolo);
}

const paragraphs = (...texts: string[]) => texts.filter(Boolean).join('\n\n');

/** The draft of a verbale, section by section, composed from the seduta as recorded. Every section stays editable. */
export function composeSezioni(detail: SedutaDetail, ente: Ente, organo: string): SezioneDraft[] {
  const { seduta, presenze, punti } = detail;
  const delegations = presenze
    .filter((p) => p.stato === 'delegato')
    .map((p) => delegationSentence({ comune: p.comune, nominativo: p.nominativo, qualifica: p.qualifica, delegaRif: p.delegaRif }));
  const remote = remoteSentence(presenze.filter(isRemote).map(rappresentante), detail.regole?.regole.remotePresenceCounts ?? false);
  const { byItem, after } = movementsByItem(punti, movements(detail));
  const sezioni: SezioneDraft[] = [
    {
      chiave: 'apertura',
      titolo: '',
      tipo: 'testo',
      testo: openingParagraph({
        data: seduta.data,
        oraInizio: seduta.oraInizio,
        luogo: seduta.luogo,
        convocazioneProt: seduta.convocazioneProt,
        convocazioneData: seduta.convocazioneData,
        tipo: seduta.tipo,
        convocazione: seduta.convocazioneEffettiva,
        organo,
        ente: ente.nome,
      }),
    },
    {
      chiave: 'presidenza',
      titolo: '',
      tipo: 'testo',
      testo: presidencySentence(detail.presidenza),
    },
    { chiave: 'presenze', titolo: 'Presenze', tipo: 'presenze', testo: JSON.stringify(presenceRows(presenze)) },
    ...(delegations.length ? [{ chiave: 'deleghe', titolo: '', tipo: 'testo' as const, testo: delegations.join(' ') }] : []),
    ...(remote ? [{ chiave: 'videoconferenza', titolo: '', tipo: 'testo' as const, testo: remote }] : []),
    { chiave: 'numero_legale', titolo: '', tipo: 'testo', testo: numeroLegale(detail) },
    {
      chiave: 'odg',
      titolo: 'Ordine del giorno',
      tipo: 'testo',
      testo: punti.map((p) => `${p.posizione}. ${p.titolo}`).join('\n'),
    },
  ];
  for (const punto of punti) {
    const relatore = punto.relatore ? `Relaziona ${punto.relatore}. ` : '';
    sezioni.push(
      {
        chiave: `punto-${punto.id}-discussione`,
        titolo: `Punto n. ${punto.posizione} – ${punto.titolo}`,
        tipo: 'testo',
        testo: paragraphs(...(byItem.get(punto.id) ?? []), `${relatore}${punto.descrizione}`.trim()),
      },
      { chiave: `punto-${punto.id}-votazione`, titolo: '', tipo: 'testo', testo: voteParagraph(detail, punto, detail.presidenza.capofilaComuneId) },
      {
        chiave: `punto-${punto.id}-dispositivo`,
        titolo: '',
        tipo: 'testo',
        testo: dispositivoOf(punto),
      },
    );
  }
  sezioni.push({ chiave: 'chiusura', titolo: '', tipo: 'testo', testo: paragraphs(...after, closingSentence(seduta.oraFine)) });
  return sezioni;
}

/** The verbale's subject: the seduta's, or its agenda. */
export const oggettoOf = (detail: SedutaDetail): string =>
  detail.seduta.oggetto || detail.punti.map((p) => p.titolo).join('; ') || `Seduta del ${formatDateIt(detail.seduta.data)}`;
