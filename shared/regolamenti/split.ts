// Splitting a regolamento's plain text into its preamble and articles, for the import preview.
import { isPartition, parseHeading, rubricaFromLine } from './heading';
import { followsWithoutGap, parseNumero } from './numero';
import type { Articolo } from './types';

export interface SplitResult {
  /** The first line before the articles, when it reads as a title; it is then not repeated in `preambolo`. */
  titolo?: string;
  /** Text before the first article (the legal bases, "Approvato con…"). */
  preambolo: string;
  articoli: Articolo[];
  /** Italian notes for the preview: numbering to check, headings left out. */
  avvisi: string[];
}

interface Draft {
  intestazioni: string[];
  numero: string;
  rubrica: string;
  lines: string[];
  /** The heading line had no title, so the next non-blank line may be it. */
  awaitingRubrica: boolean;
}

/**
 * One line per paragraph, in NFC (so "città" is one code point whatever wrote it), with
 * whitespace trimmed at line ends only: indentation, quotes and dashes are the author's.
 */
const toLines = (text: string): string[] =>
  text.replace(/^\uFEFF/, '').normalize('NFC').split(/\r\n|[\n\r\v\f\u2028\u2029]/).map((line) => line.trimEnd());

/** Paragraphs as written, without blank lines at either end and at most one blank line between two. */
const joinParagraphs = (lines: readonly string[]): string =>
  lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');

/** A title is one short line that does not end a sentence ("REGOLAMENTO DELLA CONFERENZA…"). */
const isTitolo = (line: string): boolean => line.length <= 200 && !/[.;:,]$/.test(line);

function numberingWarnings(articoli: readonly Articolo[]): string[] {
  const avvisi: string[] = [];
  const first = articoli[0];
  if (first && first.numero !== '1') avvisi.push(`La numerazione inizia dall'art. ${first.numero}, non dall'art. 1.`);
  const seen = new Set<string>();
  for (let i = 0; i < articoli.length; i++) {
    const { numero } = articoli[i]!;
    const previous = articoli[i - 1]?.numero;
    if (seen.has(numero)) {
      avvisi.push(`L'art. ${numero} compare più volte.`);
      continue;
    }
    seen.add(numero);
    const previousKey = previous === undefined ? null : parseNumero(previous);
    const key = parseNumero(numero);
    if (previousKey && key && !followsWithoutGap(previousKey, key)) {
      avvisi.push(`Numerazione non consecutiva: l'art. ${numero} segue l'art. ${previous}.`);
    }
  }
  for (const { numero, testo } of articoli) if (testo === '') avvisi.push(`L'art. ${numero} non ha testo.`);
  return avvisi;
}

/**
 * Splits on article headings at the start of a line ("Art. 6", "Articolo 6 – Titolo", "ART. 6 bis",
 * "Art. 1 (Oggetto)", or a heading whose title is on the next line), never on references in the
 * text ("ai sensi dell'art. 6"). Divisions such as "CAPO II – Organi" are structure, not text: they
 * go with the article they open (`intestazioni`), never at the end of the previous article's text.
 */
export function splitArticoli(text: string): SplitResult {
  const preamble: string[] = [];
  const drafts: Draft[] = [];
  const partitions: string[] = [];
  let inPartition = false;

  for (const line of toLines(text)) {
    const heading = parseHeading(line);
    const current = drafts.at(-1);
    const body = current?.lines ?? preamble;
    if (heading) {
      drafts.push({ intestazioni: partitions.splice(0), numero: heading.numero, rubrica: heading.rubrica ?? '', lines: [heading.testo], awaitingRubrica: heading.rubrica === null });
      inPartition = false;
      continue;
    }
    if (line === '') {
      body.push(line);
      continue;
    }
    if (isPartition(line)) {
      partitions.push(line.trim());
      inPartition = true;
      continue;
    }
    const rubrica = rubricaFromLine(line);
    if (rubrica !== null && inPartition) {
      partitions[partitions.length - 1] += ` – ${rubrica}`; // the division's title, on its own line
    } else if (rubrica !== null && current?.awaitingRubrica) {
      current.rubrica = rubrica;
      current.awaitingRubrica = false;
    } else {
      body.push(line);
      inPartition = false;
      if (current) current.awaitingRubrica = false;
    }
  }

  const articoli = drafts.map(({ intestazioni, numero, rubrica, lines }) => ({
    ...(intestazioni.length ? { intestazioni } : {}),
    numero,
    rubrica,
    testo: joinParagraphs(lines),
  }));
  const firstLine = preamble.find((line) => line !== '')?.trim();
  const titolo = firstLine !== undefined && isTitolo(firstLine) ? firstLine : undefined;
  const preambleText = titolo === undefined ? preamble : preamble.slice(preamble.findIndex((line) => line !== '') + 1);
  const avvisi = numberingWarnings(articoli);
  if (partitions.length > 0) {
    avvisi.push(`Intestazioni dopo l'ultimo articolo tralasciate, perché non aprono alcun articolo: ${partitions.map((p) => `«${p}»`).join(', ')}.`);
  }
  return { ...(titolo === undefined ? {} : { titolo }), preambolo: joinParagraphs(preambleText), articoli, avvisi };
}
