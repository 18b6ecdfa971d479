import type { PdfDocumentSpec } from './types';

export interface PdfRendererOptions {
  /** Folder with the Titillium Web TTF files (assets/fonts). */
  fontsDir: string;
}

export interface PdfRenderer {
  /** Renders the document as a PDF/A-2b file. Rejects with UnsupportedCharactersError for text the font cannot show. */
  render(spec: PdfDocumentSpec): Promise<Buffer>;
  /** Loads pdfkit and parses the fonts ahead of the first export (called in idle time after start). */
  warm(): Promise<void>;
}

/**
 * pdfkit and the fonts load on first use, not at start: opening the archive stays fast. Once loaded, fonts are
 * parsed once and every render works in memory, with warm font caches.
 */
export function createPdfRenderer({ fontsDir }: PdfRendererOptions): PdfRenderer {
  let engine: Promise<{ render: (spec: PdfDocumentSpec) => Promise<Buffer> }> | undefined;
  const load = () =>
    (engine ??= import('./engine').then(({ loadFontFaces, renderPdf }) => {
      const faces = loadFontFaces(fontsDir);
      return { render: (spec: PdfDocumentSpec) => renderPdf(faces, spec) };
    }));
  return {
    render: async (spec) => (await load()).render(spec),
    warm: async () => {
      await load();
    },
  };
}
