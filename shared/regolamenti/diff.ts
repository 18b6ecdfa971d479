// Word-level differences between two texts and between two sets of articles.
import { diffWordsWithSpace } from 'diff';
import { numeroKey } from './consolidate';
import { compareNumeri } from './numero';
import type { Articolo } from './types';

export interface Segmento {
  tipo: 'uguale' | 'inserito' | 'eliminato';
  testo: string;
}

/**
 * Whitespace and line breaks are tokens too, so the segments rebuild both texts exactly:
 * uguale + eliminato give `a`, uguale + inserito give `b`.
 */
export function diffTesti(a: string, b: string): Segmento[] {
  return diffWordsWithSpace(a, b).map((change) => ({
    tipo: change.added ? 'inserito' : change.removed ? 'eliminato' : 'uguale',
    testo: change.value,
  }));
}

export type DiffArticolo =
  | { stato: 'invariato'; numero: string; articolo: Articolo }
  | { stato: 'modificato'; numero: string; prima: Articolo; dopo: Articolo; rubrica: Segmento[]; testo: Segmento[] }
  | { stato: 'inserito'; numero: string; articolo: Articolo }
  | { stato: 'eliminato'; numero: string; articolo: Articolo };

/** `numero` comes from at least one side, so `dopo` is there whenever `prima` is not. */
function diffArticolo(numero: string, prima: Articolo | undefined, dopo: Articolo | undefined): DiffArticolo {
  if (prima === undefined) return { stato: 'inserito', numero, articolo: dopo! };
  if (dopo === undefined) return { stato: 'eliminato', numero, articolo: prima };
  if (prima.rubrica === dopo.rubrica && prima.testo === dopo.testo) return { stato: 'invariato', numero, articolo: dopo };
  return { stato: 'modificato', numero, prima, dopo, rubrica: diffTesti(prima.rubrica, dopo.rubrica), testo: diffTesti(prima.testo, dopo.testo) };
}

const byNumero = (articoli: readonly Articolo[]) => new Map(articoli.map((a) => [numeroKey(a.numero), a]));

/** Articles of two versions matched by number, in legal order. */
export function diffVersioni(articoliA: readonly Articolo[], articoliB: readonly Articolo[]): DiffArticolo[] {
  const a = byNumero(articoliA);
  const b = byNumero(articoliB);
  const numeri = [...new Set([...a.keys(), ...b.keys()])].sort(compareNumeri);
  return numeri.map((numero) => diffArticolo(numero, a.get(numero), b.get(numero)));
}
