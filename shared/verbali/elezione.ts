import { elettoOf } from '../rules/election';
import { listIt } from './sentences';

export interface ElectionSentenceInput {
  esito: 'eletto' | 'nessun_eletto' | 'numero_legale_mancante';
  presenti: number;
  candidati: readonly { nome: string; voti: number }[];
  bianche: number;
  nulle: number;
  eletti: readonly string[];
  parita: readonly string[];
}

const voti = (n: number) => `n. ${n} ${n === 1 ? 'voto' : 'voti'}`;

/**
 * The election as the verbale records it: "Con votazione a scrutinio segreto, presenti n. 15 comuni, riportano voti:
 * Anna Bianchi n. 8, Mario Rossi n. 5; schede bianche n. 1, schede nulle n. 1. Risulta eletta Anna Bianchi con n. 8 voti."
 */
export function electionSentence(e: ElectionSentenceInput): string {
  const head = `Con votazione a scrutinio segreto, presenti n. ${e.presenti} ${e.presenti === 1 ? 'comune' : 'comuni'}`;
  if (e.esito === 'numero_legale_mancante') {
    return `${head}. Mancando il numero legale al momento del voto, l'elezione non può avere luogo.`;
  }
  const ranked = [...e.candidati].sort((a, b) => b.voti - a.voti);
  const counts = `riportano voti: ${ranked.map((c) => `${c.nome} n. ${c.voti}`).join(', ')}; schede bianche n. ${e.bianche}, schede nulle n. ${e.nulle}`;
  const winner = e.eletti[0];
  const top = ranked[0]?.voti ?? 0;
  const result = winner
    ? `Risulta ${elettoOf(winner)} ${winner} con ${voti(top)}.`
    : e.parita.length > 1
      ? `Avendo ${listIt(e.parita)} riportato lo stesso numero di voti (${voti(top)}), nessun candidato risulta eletto: occorre procedere al ballottaggio.`
      : 'Nessun candidato ha riportato voti: nessuno risulta eletto.';
  return `${head}, ${counts}. ${result}`;
}

/** "Il Presidente proclama eletta Anna Bianchi." or, with nobody elected, that the election is to be repeated. */
export function electionDispositivo(e: Pick<ElectionSentenceInput, 'esito' | 'eletti' | 'parita'>, titolo: string): string {
  const winner = e.eletti[0];
  if (winner) return `Il Presidente proclama ${elettoOf(winner)} ${winner}.`;
  const what = `l'elezione relativa a «${titolo.trim().replace(/[.;]+$/, '')}»`;
  if (e.esito === 'numero_legale_mancante') return `Per mancanza del numero legale, ${what} è rinviata ad altra seduta.`;
  return e.parita.length > 1 ? `Nessun candidato è eletto: ${what} prosegue con il ballottaggio.` : `Nessun candidato è eletto.`;
}
