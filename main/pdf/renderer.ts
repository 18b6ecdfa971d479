import type { Progress } from '../archive/integrity';
import type { FontFaces } from './fonts';
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
   * Loads pdfkit, parses the fonts and renders a few pages of a sample verbale (discarded) a few times ahead of the
   * first export, in idle time after start, so that the first real export runs optimised code. Calls that arrive
   * meanwhile run between two sample renders.
   */
  warm(): Promise<void>;
}

/**
 * V8 optimises a function only after many calls: a one-page sample rendered once left the first export 3× slower.
 * All sample renders but the last start from empty word caches, or fontkit's shaping code would run once and stay
 * cold for the new words of the first real document; the last one leaves the common words shaped. With these
 * figures the first export is within 1.5× of a warm one (npm run bench).
 */
const WARM_UP = { agendaItems: 10, renders: 3 };

/**
 * pdfkit and the fonts load on first use, not at start: opening the archive stays fast. Once loaded, fonts are
 * parsed once and every render works in memory, with warm font caches.
 */
export function createPdfRenderer({ fontsDir }: PdfRendererOptions): PdfRenderer {
  let engine: Promise<typeof import('./engine') & { faces: FontFaces }> | undefined;
  const load = () => (engine ??= import('./engine').then((module) => ({ ...module, faces: module.loadFontFaces(fontsDir) })));
  return {
    render: async (spec, progress) => {
      const { renderPdf, faces } = await load();
      return renderPdf(faces, spec, progress);
    },
    warm: async () => {
      const { renderPdf, faces, withEmptyCaches } = await load();
      const { sampleVerbaleSpec } = await import('./sample/verbale-sample');
      const sample = sampleVerbaleSpec({ agendaItems: WARM_UP.agendaItems });
      for (let i = 0; i < WARM_UP.renders; i++) {
        await renderPdf(i < WARM_UP.renders - 1 ? withEmptyCaches(faces) : faces, sample);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
