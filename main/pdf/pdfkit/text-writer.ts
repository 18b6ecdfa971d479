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

// Glyph codes go into literal strings as their two raw bytes rather than four hex digits: the
// content streams get 30% shorter and compress in 40% less time. Bytes that would end the
// string, escape, or be read as a line end are escaped.
const LITERAL_ESCAPES: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };
const literalByte = (byte: number): string => LITERAL_ESCAPES[byte] ?? String.fromCharCode(byte);
const literals: string[] = [];
/** The literal-string bytes of a glyph code that pdfkit gives as 4 hex digits. */
function literalCode(hex: string): string {
  const code = parseInt(hex, 16);
  return (literals[code] ??= literalByte(code >> 8) + literalByte(code & 0xff));
}

/** A word's glyph codes inside a TJ string, closed and reopened where kerning moves the next glyph. Adds its glyphs to the font's subset. */
function wordFragment(font: EmbeddedFont, word: string): string {
  const [codes, positions] = font.encode(word);
  let fragment = '';
  for (let i = 0; i < codes.length; i++) {
    fragment += literalCode(codes[i]!);
    const kerning = positions[i]!.xAdvance - positions[i]!.advanceWidth;
    if (kerning !== 0) fragment += `) ${formatNumber(-kerning)} (`;
  }
  return fragment;
}

/**
 * Writes text operators straight into the page's content stream, one BT…ET block per line.
 * pdfkit's text() measures every string twice more and wraps each call in its own graphics
 * state and text object: for a justified 20-page verbale that was half of the render time.
 * Glyph encoding, subsetting, widths and ToUnicode stay pdfkit's (EmbeddedFont.encode).
 * Coordinates are pdfkit's (y downwards): the text matrix flips y back so glyphs stand upright.
 * Glyph offsets are not used: Titillium Web has no mark-positioning features.
 */
export class TextWriter {
  private readonly spaceLiterals = new Map<EmbeddedFont, string>();
  /** Each word's TJ fragment per font: a verbale repeats few words, and encoding one again only re-adds glyphs already in the subset. */
  private readonly wordFragments = new Map<EmbeddedFont, Map<string, string>>();

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

  /**
   * A TJ array: glyph codes, broken where kerning or justification moves the next glyph.
   * Words are encoded one at a time, as the line breaker measured them (pdfkit would copy the
   * glyph arrays of a whole piece once per word).
   */
  private showText(piece: PlacedText, size: number): string {
    const space = this.spaceLiteral(piece.font);
    const gap = piece.extraWordSpacing > 0 ? `${space}) ${formatNumber((-piece.extraWordSpacing * 1000) / size)} (` : space;
    const fragments = this.fragmentsOf(piece.font);
    let operator = '[(';
    piece.text.split(' ').forEach((word, w) => {
      if (w > 0) operator += gap;
      let fragment = fragments.get(word);
      if (fragment === undefined) {
        fragment = wordFragment(piece.font, word);
        fragments.set(word, fragment);
      }
      operator += fragment;
    });
    return `${operator})] TJ`;
  }

  private fragmentsOf(font: EmbeddedFont): Map<string, string> {
    let fragments = this.wordFragments.get(font);
    if (fragments === undefined) {
      fragments = new Map();
      this.wordFragments.set(font, fragments);
    }
    return fragments;
  }

  private spaceLiteral(font: EmbeddedFont): string {
    let literal = this.spaceLiterals.get(font);
    if (literal === undefined) {
      literal = literalCode(font.encode(' ')[0][0]!);
      this.spaceLiterals.set(font, literal);
    }
    return literal;
  }
}
