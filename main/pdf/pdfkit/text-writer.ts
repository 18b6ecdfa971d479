import type PDFDocument from 'pdfkit';
import type { EmbeddedFont } from './fontkit-font';

/** A string drawn from `x` on a line's baseline. */
export interface PlacedText {
  font: EmbeddedFont;
  text: string;
  x: number;
  /** Added to every space (justification), in points. */
  extraWordSpacing: number;
}

/** pdfkit's PDFPage keeps the page's font resources here (private API). */
interface PageResources {
  fonts: Record<string, unknown>;
}

const formatNumber = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * Writes text operators straight into the page's content stream, one BT…ET block per line.
 * pdfkit's text() measures every string twice more and wraps each call in its own graphics
 * state and text object: for a justified 20-page verbale that was half of the render time.
 * Glyph encoding, subsetting, widths and ToUnicode stay pdfkit's (EmbeddedFont.encode).
 * Coordinates are pdfkit's (y downwards): the text matrix flips y back so glyphs stand upright.
 * Glyph offsets are not used: Titillium Web has no mark-positioning features.
 */
export class TextWriter {
  private readonly spaceCodes = new Map<EmbeddedFont, string>();

  constructor(private readonly doc: PDFDocument) {}

  showLine(pieces: readonly PlacedText[], baseline: number, size: number): void {
    const resources = this.doc.page as unknown as PageResources;
    const operators = ['BT'];
    let activeFont: EmbeddedFont | null = null;
    for (const piece of pieces) {
      if (piece.font !== activeFont) {
        activeFont = piece.font;
        resources.fonts[activeFont.id] ??= activeFont.ref();
        operators.push(`/${activeFont.id} ${formatNumber(size)} Tf`);
      }
      operators.push(`1 0 0 -1 ${formatNumber(piece.x)} ${formatNumber(baseline)} Tm`, this.showText(piece, size));
    }
    operators.push('ET');
    this.doc.addContent(operators.join('\n'));
  }

  /** A TJ array: glyph codes, broken where kerning or justification moves the next glyph. */
  private showText(piece: PlacedText, size: number): string {
    const [codes, positions] = piece.font.encode(piece.text);
    const space = this.spaceCode(piece.font);
    const extra = (piece.extraWordSpacing * 1000) / size;
    let operator = '[<';
    const last = codes.length - 1;
    for (let i = 0; i <= last; i++) {
      const code = codes[i]!;
      const position = positions[i]!;
      operator += code;
      const shift = position.xAdvance - position.advanceWidth + (code === space ? extra : 0);
      if (shift !== 0 && i < last) operator += `> ${formatNumber(-shift)} <`;
    }
    return `${operator}>] TJ`;
  }

  private spaceCode(font: EmbeddedFont): string {
    let code = this.spaceCodes.get(font);
    if (code === undefined) {
      code = font.encode(' ')[0][0]!;
      this.spaceCodes.set(font, code);
    }
    return code;
  }
}
