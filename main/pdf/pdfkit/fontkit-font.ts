import PDFDocument from 'pdfkit';

/** A glyph's placement: fontkit's in font units; pdfkit scales it to thousandths of an em and adds advanceWidth. */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The part of a fontkit glyph pdfkit's encode reads (id for the subset, width and code points for the PDF). */
export interface FontkitGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** The part of a fontkit font object this engine reads. */
export interface FontkitFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  layout(text: string): { glyphs: readonly FontkitGlyph[]; positions: Omit<GlyphPosition, 'advanceWidth'>[] };
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * A shaped word as pdfkit's EmbeddedFont keeps it in its layout cache (see its layoutRun): positions in
 * thousandths of an em, each with its glyph's advance; advanceWidth is their sum, kerning included.
 */
export interface ShapedRun {
  readonly glyphs: readonly FontkitGlyph[];
  readonly positions: readonly GlyphPosition[];
  readonly advanceWidth: number;
}

/** Shapes `text` into the run pdfkit's layoutRun would compute, so that pdfkit can take it from its cache. */
export function shapeRun(font: FontkitFont, text: string): ShapedRun {
  const scale = 1000 / font.unitsPerEm;
  const { glyphs, positions } = font.layout(text);
  let advanceWidth = 0;
  const scaled = positions.map((p, i) => {
    advanceWidth += p.xAdvance * scale;
    return { xAdvance: p.xAdvance * scale, yAdvance: p.yAdvance * scale, xOffset: p.xOffset * scale, yOffset: p.yOffset * scale, advanceWidth: glyphs[i]!.advanceWidth * scale };
  });
  return { glyphs, positions: scaled, advanceWidth };
}

/**
 * pdfkit's per-document font (its private EmbeddedFont class): `encode` adds the glyphs to the
 * document's font subset and returns their 4-hex-digit codes; `ref` is the font's PDF object.
 */
export interface EmbeddedFont {
  readonly id: string;
  font: FontkitFont;
  layoutCache?: Record<string, ShapedRun>;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

const currentFont = (doc: PDFDocument): EmbeddedFont => (doc as unknown as { _font: EmbeddedFont })._font;

/**
 * Parses a TrueType file with pdfkit's own fontkit (not a dependency of ours to import).
 * The returned object can be registered in any number of documents: pdfkit then skips parsing
 * and fontkit keeps its glyph and table caches warm between documents.
 */
export function parseFont(data: Uint8Array): FontkitFont {
  const probe = new PDFDocument({ font: null, autoFirstPage: false });
  probe.font(data);
  return currentFont(probe).font;
}

/**
 * Registers a parsed font in the document and lends it a layout cache that outlives the
 * document: the runs the line breaker shaped to measure each word (FontFace.advance). pdfkit
 * encodes a word from its cached run, so no word is shaped twice, and a warm render shapes only
 * words it has never seen. pdfkit only reads the cached runs, never mutates them.
 */
export function embedFont(doc: PDFDocument, name: string, font: FontkitFont, layoutCache: Record<string, ShapedRun>): EmbeddedFont {
  doc.registerFont(name, font).font(name);
  const embedded = currentFont(doc);
  embedded.layoutCache = layoutCache;
  return embedded;
}
