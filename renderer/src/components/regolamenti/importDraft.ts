// The import preview's editable list of articles, and the fixes a user can make to the split.
import { parseHeading, rubricaFromLine } from '../../../../shared/regolamenti/heading';
import { compareNumeri, normaliseNumero } from '../../../../shared/regolamenti/numero';

export interface Articolo {
  numero: string;
  rubrica: string;
  testo: string;
  /** Structure headings (TITOLO / CAPO / Sezione) the article opens, as the import found them. */
  intestazioni?: string[];
}

/** An article of the preview, with a key that survives edits, merges and splits. */
export interface DraftArticolo extends Articolo {
  key: number;
  /** For an article made by "Dividi": what it was made from, so that merging it back unchanged restores the text exactly. */
  origin?: { numero: string; rubrica: string; testo: string; text: string; separator: string };
}

let nextKey = 1;

export const toDrafts = (articoli: readonly Articolo[]): DraftArticolo[] =>
  articoli.map(({ numero, rubrica, testo, intestazioni }) => ({ key: nextKey++, numero, rubrica, testo, ...(intestazioni && { intestazioni }) }));

export const fromDrafts = (drafts: readonly DraftArticolo[]): Articolo[] =>
  drafts.map(({ numero, rubrica, testo, intestazioni }) => ({ numero: numero.trim(), rubrica: rubrica.trim(), testo, ...(intestazioni && { intestazioni }) }));

/** Paragraphs without blank lines at either end. */
const trimLines = (lines: readonly string[]): string => lines.join('\n').replace(/^\n+|\n+$/g, '');

/**
 * Puts an article that should not have been one (a line of text read as a heading) back at the end
 * of the previous article: its heading line returns as text ("Art. 22 Legge 8 novembre 2000, n. 328;").
 */
export function mergeIntoPrevious(list: readonly DraftArticolo[], index: number): DraftArticolo[] {
  const previous = list[index - 1];
  const current = list[index];
  if (!previous || !current) return [...list];
  const { origin } = current;
  const unchanged = origin && origin.numero === current.numero && origin.rubrica === current.rubrica && origin.testo === current.testo;
  const headingLine = current.numero.trim() === '' ? '' : `Art. ${current.numero.trim()}${current.rubrica.trim() ? ` ${current.rubrica.trim()}` : ''}`;
  const testo = unchanged
    ? [previous.testo, origin.text].filter((part) => part.trim() !== '').join(origin.separator)
    : [previous.testo, headingLine, current.testo].filter((part) => part.trim() !== '').join('\n');
  return [...list.slice(0, index - 1), { ...previous, testo }, ...list.slice(index + 1)];
}

/**
 * Starts a new article at line `lineIndex` of an article's text (a heading the import missed).
 * When that line is a heading ("Art. 7 – Sede"), number and rubrica come from it; otherwise the
 * number is left empty for the user to write.
 */
export function splitAt(list: readonly DraftArticolo[], index: number, lineIndex: number): DraftArticolo[] {
  const current = list[index];
  if (!current) return [...list];
  const lines = current.testo.split('\n');
  const before = trimLines(lines.slice(0, lineIndex));
  let rest = lines.slice(lineIndex);
  const heading = parseHeading(rest[0] ?? '');
  let numero = '';
  let rubrica = '';
  if (heading) {
    numero = heading.numero;
    rest = [heading.testo, ...rest.slice(1)];
    if (heading.rubrica !== null) rubrica = heading.rubrica;
    else {
      // "Art. 7" alone on its line: the next non-blank line may be its title, as the import reads it.
      const titleAt = rest.findIndex((line, i) => i > 0 && line.trim() !== '');
      const title = titleAt > 0 ? rubricaFromLine(rest[titleAt]!) : null;
      if (title !== null) {
        rubrica = title;
        rest = rest.filter((_, i) => i !== titleAt);
      }
    }
  }
  const testo = trimLines(rest);
  // The blank lines between the two parts, to put back on merging.
  const separator = `\n${'\n'.repeat(Math.max(0, lines.slice(0, lineIndex).reverse().findIndex((line) => line.trim() !== '')))}`;
  const added: DraftArticolo = { key: nextKey++, numero, rubrica, testo, origin: { numero, rubrica, testo, text: trimLines(lines.slice(lineIndex)), separator } };
  return [...list.slice(0, index), { ...current, testo: before }, added, ...list.slice(index + 1)];
}

/** Notes on an article while the user checks the split (the backend has the last word on saving). */
export function draftHints(list: readonly DraftArticolo[], index: number): string[] {
  const current = list[index]!;
  const hints: string[] = [];
  const numero = normaliseNumero(current.numero);
  if (current.numero.trim() === '') hints.push("Indicare il numero dell'articolo.");
  else if (numero === null) hints.push('Numero non valido (es. 6, 6-bis).');
  else {
    if (list.some((other, i) => i !== index && normaliseNumero(other.numero) === numero)) hints.push('Numero ripetuto in un altro articolo.');
    const previous = list[index - 1];
    const previousNumero = previous && normaliseNumero(previous.numero);
    if (previousNumero && compareNumeri(previousNumero, numero) > 0) hints.push(`Fuori ordine: segue l'art. ${previousNumero}.`);
  }
  if (current.testo.trim() === '') hints.push("L'articolo non ha testo.");
  return hints;
}
