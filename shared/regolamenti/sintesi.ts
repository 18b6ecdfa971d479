// The summary line of an amendment, written by the app: "Modifiche agli artt. 3 e 6; inserimento
// dell'art. 7-bis; abrogazione dell'art. 9".
import { numeroKey } from './consolidate';
import { compareNumeri } from './numero';
import type { Modifica, ModificaTipo } from './types';

/** Each kind of change with its noun and the preposition it takes ("a" → all'/agli, "di" → dell'/degli). */
const CLAUSES: ReadonlyArray<{ tipo: ModificaTipo; noun: string; singular: string; plural: string }> = [
  { tipo: 'sostituito', noun: 'modifiche', singular: "all'art.", plural: 'agli artt.' },
  { tipo: 'inserito', noun: 'inserimento', singular: "dell'art.", plural: 'degli artt.' },
  { tipo: 'abrogato', noun: 'abrogazione', singular: "dell'art.", plural: 'degli artt.' },
];

/** "2", "3 e 6", "2, 5 e 7". */
function listIt(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

/** '' when there are no changes. Numbers are listed once each, in legal order. */
export function sintesiModifiche(modifiche: readonly Modifica[]): string {
  const line = CLAUSES.flatMap(({ tipo, noun, singular, plural }) => {
    const numeri = [...new Set(modifiche.filter((m) => m.tipo === tipo).map((m) => numeroKey(m.numero)))].sort(compareNumeri);
    return numeri.length === 0 ? [] : [`${noun} ${numeri.length === 1 ? singular : plural} ${listIt(numeri)}`];
  }).join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
