import fs from 'node:fs';
import path from 'node:path';
import { parseFont, type FontkitFont } from './pdfkit/fontkit-font';
import { UnsupportedCharactersError } from './unsupported-characters';

export { UnsupportedCharactersError };

/** Titillium Web (SIL OFL 1.1), the Designers Italia typeface; files and licence in assets/fonts. */
const FONT_FILES = {
  regular: 'TitilliumWeb-Regular.ttf',
  bold: 'TitilliumWeb-Bold.ttf',
  italic: 'TitilliumWeb-Italic.ttf',
  boldItalic: 'TitilliumWeb-BoldItalic.ttf',
  semiBold: 'TitilliumWeb-SemiBold.ttf',
} as const;

export type FaceName = keyof typeof FONT_FILES;
export const FACE_NAMES = Object.keys(FONT_FILES) as FaceName[];

export const faceFor = (style: { bold?: boolean; italic?: boolean }): FaceName =>
  style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';

// Distinct words are few (a verbale's vocabulary), but a long-running app should not grow forever.
const MAX_CACHED_WORDS = 50_000;

/** One typeface file, parsed once, with word widths cached across documents. */
export class FontFace {
  private advances = new Map<string, number>();
  private layoutCache: Record<string, unknown> = Object.create(null);
  private readonly scale: number;
  /** Above the baseline, in thousandths of an em. */
  readonly ascent: number;
  /** Below the baseline (positive), in thousandths of an em. */
  readonly descent: number;

  constructor(readonly font: FontkitFont) {
    this.scale = 1000 / font.unitsPerEm;
    this.ascent = font.ascent * this.scale;
    this.descent = -font.descent * this.scale;
  }

  /** Advance width of `text` (kerned, as the text writer draws it) in thousandths of an em. */
  advance(text: string): number {
    let advance = this.advances.get(text);
    if (advance === undefined) {
      advance = this.measure(text);
      this.advances.set(text, advance);
    }
    return advance;
  }

  width(text: string, size: number): number {
    return (this.advance(text) * size) / 1000;
  }

  /** Measures without caching: for one-off pieces such as the prefixes of an over-long word. */
  measure(text: string): number {
    const run = this.font.layout(text);
    if (run.glyphs.some((glyph) => glyph.id === 0)) {
      throw new UnsupportedCharactersError([...new Set(text)].filter((c) => !this.font.hasGlyphForCodePoint(c.codePointAt(0)!)));
    }
    return run.advanceWidth * this.scale;
  }

  /** The layout cache lent to each document's pdfkit font (see embedFont). */
  get pdfkitLayoutCache(): Record<string, unknown> {
    return this.layoutCache;
  }

  /** Drops the caches when they grow past a bound; call between documents, never during one. */
  trimCaches(): void {
    if (this.advances.size <= MAX_CACHED_WORDS) return;
    this.advances = new Map();
    this.layoutCache = Object.create(null);
  }
}

export type FontFaces = Readonly<Record<FaceName, FontFace>>;

/** Reads and parses every face once: documents then reuse the parsed fonts, with no I/O. */
export function loadFontFaces(fontsDir: string): FontFaces {
  const entries = FACE_NAMES.map((name) => [name, new FontFace(parseFont(fs.readFileSync(path.join(fontsDir, FONT_FILES[name]))))]);
  return Object.fromEntries(entries) as Record<FaceName, FontFace>;
}
