import PDFDocument from 'pdfkit';

/** The part of a fontkit font object this engine reads. */
export interface FontkitFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  layout(text: string): { advanceWidth: number; glyphs: readonly { id: number }[] };
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** A glyph's placement as pdfkit's EmbeddedFont.encode returns it, in thousandths of an em. */
export interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
}

/**
 * pdfkit's per-document font (its private EmbeddedFont class): `encode` adds the glyphs to the
 * document's font subset and returns their 4-hex-digit codes; `ref` is the font's PDF object.
 */
export interface EmbeddedFont {
  readonly id: string;
  font: FontkitFont;
  layoutCache?: Record<string, unknown>;
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
 * document. pdfkit shapes every word with fontkit (tens of microseconds each) and caches the
 * result per document; sharing the cache lets a warm render skip shaping words it has seen
 * before. The cached runs are only read by pdfkit, never mutated, so sharing them is safe.
 */
export function embedFont(doc: PDFDocument, name: string, font: FontkitFont, layoutCache: Record<string, unknown>): EmbeddedFont {
  doc.registerFont(name, font).font(name);
  const embedded = currentFont(doc);
  embedded.layoutCache = layoutCache;
  return embedded;
}
