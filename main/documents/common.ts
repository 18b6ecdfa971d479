import type { Ente } from '../../shared/domain/ente';
import type { Block, Letterhead, RichText } from '../pdf';

/** Text typed by the office, as explicit runs: the engine would read "**" in a plain string as markup. */
export const plain = (text: string): RichText => [{ text }];

/** Paragraph blocks from a text with blank lines between paragraphs. */
export const paragraphs = (text: string, align: 'justify' | 'left' | 'center' = 'justify'): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', text: plain(p), align }));

/** The letterhead every document of the Ambito carries: the ente, the organ, the member comuni. */
export const letterhead = (ente: Ente, organo: string, comuni: readonly string[]): Letterhead => ({
  title: ente.nome,
  subtitle: organo,
  // No-break spaces inside each name: "San Severino Lucano" never splits across lines.
  lines: comuni.length ? [`Comuni associati: ${comuni.map((c) => c.replaceAll(' ', '\u00a0')).join(' · ')}`] : [],
});
