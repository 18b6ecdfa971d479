import fs from 'node:fs';
import path from 'node:path';
import { parseFont, shapeRun, type FontkitFont, type ShapedRun } from './pdfkit/fontkit-font';
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

/**
 * One typeface file, parsed once, with its shaped words cached across documents. The line breaker
 * measures a word by shaping it; the same run is what pdfkit encodes it from (see embedFont).
 */
export class FontFace {
  private runs: Record<string, ShapedRun> = Object.create(null);
  private cachedRuns = 0;
  /** Above the baseline, in thousandths of an em. */
  readonly ascent: number;
  /** Below the baseline (positive), in thousandths of an em. */
  readonly descent: number;

  constructor(readonly font: FontkitFont) {
    const scale = 1000 / font.unitsPerEm;
    this.ascent = font.ascent * scale;
    this.descent = -font.descent * scale;
  }

  /** Advance width of `text` (kerned, as the text writer draws it) in thousandths of an em. */
  advance(text: string): number {
    let run = this.runs[text];
    if (run === undefined) {
      run = this.shape(text);
      this.runs[text] = run;
      this.cachedRuns++;
    }
    return run.advanceWidth;
  }

  width(text: string, size: number): number {
    return (this.advance(text) * size) / 1000;
  }

  private shape(text: string): ShapedRun {
    const run = shapeRun(this.font, text);
    if (run.glyphs.some((glyph) => glyph.id === 0)) {
      throw new UnsupportedCharactersError([...new Set(text)].filter((c) => !this.font.hasGlyphForCodePoint(c.codePointAt(0)!)));
    }
    return run;
  }

  /** The shaped runs lent to each document's pdfkit font (see embedFont). */
  get pdfkitLayoutCache(): Record<string, ShapedRun> {
    return this.runs;
  }

  /** Drops the cache when it grows past a bound; call between documents, never during one. */
  trimCaches(): void {
    if (this.cachedRuns <= MAX_CACHED_WORDS) return;
    this.runs = Object.create(null);
    this.cachedRuns = 0;
  }
}

export type FontFaces = Readonly<Record<FaceName, FontFace>>;

/** The same parsed fonts with word caches of their own: a render with them shapes every word afresh. */
export const withEmptyCaches = (faces: FontFaces): FontFaces =>
  Object.fromEntries(FACE_NAMES.map((name) => [name, new FontFace(faces[name].font)])) as Record<FaceName, FontFace>;

/** Reads and parses every face once: documents then reuse the parsed fonts, with no I/O. */
export function loadFontFaces(fontsDir: string): FontFaces {
  const entries = FACE_NAMES.map((name) => [name, new FontFace(parseFont(fs.readFileSync(path.join(fontsDir, FONT_FILES[name]))))]);
  return Object.fromEntries(entries) as Record<FaceName, FontFace>;
}
