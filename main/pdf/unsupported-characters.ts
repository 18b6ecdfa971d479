/**
 * Text with characters the typeface cannot draw: PDF/A forbids showing the .notdef glyph.
 * Apart from the font code, so that handlers can catch it without loading pdfkit.
 */
export class UnsupportedCharactersError extends Error {
  constructor(readonly characters: string[]) {
    super(`Caratteri non disponibili nel font del documento: ${characters.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
    this.name = 'UnsupportedCharactersError';
  }
}
