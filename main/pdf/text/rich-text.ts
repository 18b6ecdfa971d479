import { faceFor, type FaceName } from '../fonts';
import type { RichText, TextRun } from '../types';

/** A stretch of text in one face. */
export interface StyledRun {
  text: string;
  face: FaceName;
}

// Characters Titillium Web lacks but typed or pasted text often has, mapped to what it has.
const SUBSTITUTES: Record<string, string> = {
  '\u00ad': '', // soft hyphen (Word): no hyphenation here
  '\u2010': '-',
  '\u2011': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2032': '’',
  '\t': ' ',
  '\r': '',
};
const SUBSTITUTABLE = new RegExp(`[${Object.keys(SUBSTITUTES).join('')}]`, 'g');

/** NFC first: decomposed accents (as pasted from some editors) become the precomposed letters the font has. */
const normalizeText = (text: string): string => text.normalize('NFC').replace(SUBSTITUTABLE, (c) => SUBSTITUTES[c]!);

/** "Il **Presidente** dichiara" → regular, bold, regular. */
export function parseBoldMarkup(text: string): TextRun[] {
  return text
    .split('**')
    .map((part, i) => ({ text: part, bold: i % 2 === 1 }))
    .filter((run) => run.text !== '');
}

export function toStyledRuns(text: RichText): StyledRun[] {
  const runs = typeof text === 'string' ? parseBoldMarkup(text) : text;
  return runs.map((run) => ({ text: normalizeText(run.text), face: faceFor(run) }));
}

/** Text set entirely in one face (headings, table cells, footers). */
export const plainRuns = (text: string, face: FaceName): StyledRun[] => [{ text: normalizeText(text), face }];
