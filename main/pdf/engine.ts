import type { Progress } from '../archive/integrity';
import { PdfCanvas } from './canvas';
import { FACE_NAMES, loadFontFaces, withEmptyCaches } from './fonts';
import { blocksToFlow } from './layout/blocks';
import { letterheadBands } from './layout/letterhead';
import { paginate } from './layout/paginate';
import type { LayoutContext } from './layout/text-bands';
import { drawPageFooters } from './page-footer';
import { finishDocument, openPdfADocument } from './pdfkit/pdfa-document';
import { CONTENT_WIDTH, PAGE } from './style';
import type { PdfDocumentSpec } from './types';

const FRAME = { top: PAGE.margins.top, bottom: PAGE.height - PAGE.margins.bottom };

export type FontFaces = ReturnType<typeof loadFontFaces>;

export { loadFontFaces, withEmptyCaches };

/** Lays out and writes one document with fonts already parsed, reporting each phase (a 20-page verbale: a tenth of a second). */
export async function renderPdf(faces: FontFaces, spec: PdfDocumentSpec, progress: Progress = () => {}): Promise<Buffer> {
  for (const name of FACE_NAMES) faces[name].trimCaches();
  progress(0, 'Composizione del testo');
  const ctx: LayoutContext = { faces, x: PAGE.margins.left, width: CONTENT_WIDTH, pageHeight: FRAME.bottom - FRAME.top };
  const flow = [...letterheadBands(spec.letterhead, ctx), ...blocksToFlow(spec.blocks, ctx)];
  progress(0.4, 'Impaginazione');
  const doc = openPdfADocument(spec.meta, PAGE.margins);
  const canvas = new PdfCanvas(doc, faces);
  paginate(flow, canvas, FRAME);
  drawPageFooters(canvas, faces, spec.footerNote);
  progress(0.8, `Scrittura del PDF/A (${canvas.pageCount} pagine)`);
  const pdf = await finishDocument(doc);
  progress(1, 'Documento pronto');
  return pdf;
}
