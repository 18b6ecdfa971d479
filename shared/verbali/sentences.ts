import { formatDateIt, openingFormula } from '../italian';

/** "A", "A e B", "A, B e C": Italian enumeration. */
export function listIt(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

export interface OpeningInput {
  data: string;
  oraInizio: string | null;
  luogo: string;
  convocazioneProt: string;
  convocazioneData: string | null;
  tipo: 'ordinaria' | 'straordinaria' | 'urgente' | null;
  convocazione: 'prima' | 'seconda';
  organo: string;
  ente: string;
}

/** "L'anno duemiladiciotto, addì nove del mese di agosto, alle ore 10:30, presso …, a seguito di convocazione prot. n. … del …, …" */
export function openingParagraph(s: OpeningInput): string {
  const parts = [openingFormula({ date: s.data, ...(s.oraInizio ? { time: s.oraInizio } : {}) })];
  if (s.luogo) parts.push(`presso ${s.luogo}`);
  if (s.convocazioneProt || s.convocazioneData) {
    const prot = s.convocazioneProt ? ` prot. n. ${s.convocazioneProt}` : '';
    const date = s.convocazioneData ? ` del ${formatDateIt(s.convocazioneData)}` : '';
    parts.push(`a seguito di convocazione${prot}${date}`);
  }
  const tipo = s.tipo ? ` in seduta ${s.tipo},` : '';
  return `${parts.join(', ')}, si è riunita${tipo} in ${s.convocazione} convocazione, la ${s.organo} dell'${s.ente}.`;
}

export function presidencySentence(s: { presidente: string; capofila: string; segretario: string }): string {
  const presiede = `Presiede la seduta il Presidente ${s.presidente}, Sindaco del Comune capofila di ${s.capofila}.`;
  const segretario = s.segretario
    ? `Svolge le funzioni di segretario verbalizzante ${s.segretario}.`
    : 'Svolge le funzioni di segretario verbalizzante ____________________.';
  return `${presiede} ${segretario}`;
}

/** The quorum sentence of the rules module, followed by what the Presidente declares. */
export function quorumDeclaration(frase: string, raggiunto: boolean): string {
  return raggiunto
    ? `${frase} Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta.`
    : `${frase} Il Presidente, constatata la mancanza del numero legale, dichiara deserta la seduta.`;
}

export interface VoteSentenceInput {
  modalita: 'palese' | 'segreta' | 'unanimita';
  esito: 'approvata' | 'respinta' | 'numero_legale_mancante';
  presenti: number;
  favorevoli: number;
  contrari: number;
  astenuti: number;
  /** Named only in open votes. */
  contrariNomi?: readonly string[];
  astenutiNomi?: readonly string[];
}

const named = (count: number, names: readonly string[] | undefined): string =>
  `n. ${count}${names && names.length > 0 ? ` (${listIt(names)})` : ''}`;

const ESITO_CLAUSE = {
  approvata: 'La proposta è approvata.',
  respinta: 'La proposta è respinta.',
  numero_legale_mancante: 'Mancando il numero legale al momento del voto, la proposta non può essere deliberata.',
} as const;

/** The vote as a verbale records it: counts, and in an open vote the names of contrary and abstaining comuni. */
export function voteSentence(v: VoteSentenceInput): string {
  const presenti = v.presenti === 1 ? 'presente 1 comune' : `presenti ${v.presenti} comuni`;
  if (v.modalita === 'unanimita' && v.esito === 'approvata') {
    return `Con votazione palese, ${presenti}, la proposta è approvata all'unanimità.`;
  }
  const how = v.modalita === 'segreta' ? 'Con votazione a scrutinio segreto' : 'Con votazione palese';
  const counts =
    v.modalita === 'segreta'
      ? `favorevoli n. ${v.favorevoli}, contrari n. ${v.contrari}, astenuti n. ${v.astenuti}`
      : `favorevoli n. ${v.favorevoli}, contrari ${named(v.contrari, v.contrariNomi)}, astenuti ${named(v.astenuti, v.astenutiNomi)}`;
  return `${how}, ${presenti}: ${counts}. ${ESITO_CLAUSE[v.esito]}`;
}

/** The operative part of an item: what the Conferenza decides. */
export function dispositivo(esito: VoteSentenceInput['esito'], titolo: string): string {
  if (esito === 'approvata') return `LA CONFERENZA DELIBERA\ndi approvare la proposta relativa a «${titolo}».`;
  if (esito === 'respinta') return `La Conferenza non approva la proposta relativa a «${titolo}».`;
  return `La proposta relativa a «${titolo}» è rinviata.`;
}

export function closingSentence(oraFine: string | null): string {
  const at = oraFine ? ` alle ore ${oraFine}` : '';
  return `Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta${at}.`;
}

export const APPROVED_SAME_SEDUTA = 'Letto, approvato e sottoscritto.';
