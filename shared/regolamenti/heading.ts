// Recognising, line by line, what starts an article ("Art. 6 – Titolo") and what only mentions
// one ("art. 6 del presente regolamento"), and the lines around it that are not article text.
import { formatNumero, NUMERO_SOURCE, numeroKeyOf } from './numero';

/** Longer than this, the words after a heading are the article's first sentence, not its title. */
const MAX_RUBRICA = 160;

const DASH = '\\-\\u2010-\\u2015';
/** "Art. 6", "Art.6", "ART 6", "Articolo 6", then the number's suffix; group 3 is the rest of the line. */
const HEADING = new RegExp(`^art(?:icolo|\\.)?\\s*${NUMERO_SOURCE}(.*)$`, 'iu');
/** " – Titolo", ". Titolo", ": Titolo" ("6.1" is a sub-number, not a separator). */
const SEPARATED_TITLE = new RegExp(`^\\s*(?:[${DASH}:]|\\.(?!\\d))\\s*(.*)$`, 'u');
/** " (Oggetto)". */
const BRACKETED_TITLE = /^\s*\(([^()]+)\)\s*[.:]?\s*$/u;
/** " Oggetto": a capital, never the lowercase word that continues a reference ("Art. 6 del…", "Art. 6, comma 2"). */
const BARE_TITLE = /^\s+[\p{Lu}«“"‘]/u;
/** "CAPO II", "TITOLO I – Disposizioni generali", "Sezione 2": the divisions that group articles. */
const PARTITION = new RegExp(`^(?:parte|titolo|capo|sezione)\\s+(?:[IVXLC]+|\\d+)\\s*(?:$|[${DASH}.:]\\s*\\S)`, 'iu');

export interface Heading {
  numero: string;
  /** The title on the heading's line; null when the line has none, so the next line may carry it. */
  rubrica: string | null;
  /** The article's first words when they share the heading's line. */
  testo: string;
}

/** "(Oggetto)" → "Oggetto"; brackets inside the title stay. */
const unwrapBrackets = (title: string): string => /^\(([^()]*)\)$/.exec(title)?.[1]?.trim() ?? title;

function headingRest(rest: string): string | undefined {
  if (rest.trim() === '') return '';
  const title = SEPARATED_TITLE.exec(rest)?.[1] ?? BRACKETED_TITLE.exec(rest)?.[1] ?? (BARE_TITLE.test(rest) ? rest : undefined);
  return title === undefined ? undefined : unwrapBrackets(title.trim());
}

/** The article heading that `line` is, or null when it is text (including references to articles). */
export function parseHeading(line: string): Heading | null {
  const match = HEADING.exec(line.trim());
  if (!match) return null;
  const rest = headingRest(match[3]!);
  if (rest === undefined) return null;
  const numero = formatNumero(numeroKeyOf(match[1]!, match[2]));
  if (rest === '') return { numero, rubrica: null, testo: '' };
  return rest.length > MAX_RUBRICA ? { numero, rubrica: '', testo: rest } : { numero, rubrica: rest, testo: '' };
}

/**
 * The title of an article whose heading stood alone, when `line` (the next non-blank one) reads
 * as one: short, starting with a capital or a bracket, not ending a sentence, not a numbered comma.
 */
export function rubricaFromLine(line: string): string | null {
  const text = line.trim();
  const titleLike = text.length <= MAX_RUBRICA && /^[\p{Lu}(«“"‘]/u.test(text) && !/[.;:,]$/.test(text) && parseHeading(text) === null;
  return titleLike ? unwrapBrackets(text) : null;
}

export const isPartition = (line: string): boolean => PARTITION.test(line.trim());
