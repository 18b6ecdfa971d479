import type { Progress } from '../archive/integrity';
import type { PdfDocumentSpec } from './types';

export interface PdfRendererOptions {
  /** Folder with the Titillium Web TTF files (assets/fonts). */
  fontsDir: string;
}

export interface PdfRenderer {
  /**
   * Renders the document as a PDF/A-2b file, reporting its phases to `progress`. Rejects with UnsupportedCharactersError
   * for text the font cannot show.
   */
  render(spec: PdfDocumentSpec, progress?: Progress): Promise<Buffer>;
  /**
   * Loads pdfkit, parses the fonts and renders a one-page sample verbale (discarded) ahead of the first export,
   * in idle time after start: the first real export then runs compiled code with warm glyph and word caches.
   */
  warm(): Promise<void>;
}

/**
 * pdfkit and the fonts load on first use, not at start: opening the archive stays fast. Once loaded, fonts are
 * parsed once and every render works in memory, with warm font caches.
 */
export function createPdfRenderer({ fontsDir }: PdfRendererOptions): PdfRenderer {
  let engine: Promise<{ render: (spec: PdfDocumentSpec, progress?: Progress) => Promise<Buffer> }> | undefined;
  const load = () =>
    (engine ??= import('./engine').then(({ loadFontFaces, renderPdf }) => {
      const faces = loadFontFaces(fontsDir);
      return { render: (spec: PdfDocumentSpec, progress?: Progress) => renderPdf(faces, spec, progress) };
    }));
  return {
    render: async (spec, progress) => (await load()).render(spec, progress),
    warm: async () => {
      const { render } = await load();
      const { sampleVerbaleSpec } = await import('./sample/verbale-sample');
      await render(sampleVerbaleSpec({ agendaItems: 1 }));
    },
  };
}
