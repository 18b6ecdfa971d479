import { formatDateIt, openingFormula } from '../italian';
import { placeWithArticle } from './luogo';

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
  if (s.luogo) parts.push(`presso ${placeWithArticle(s.luogo)}`);
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

export function closingSentence(oraFine: string | null): string {
  const at = oraFine ? ` alle ore ${oraFine}` : '';
  return `Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta${at}.`;
}

/** Above the signatures of every verbale. */
export const SUBSCRIPTION_FORMULA = 'Letto, approvato e sottoscritto.';
