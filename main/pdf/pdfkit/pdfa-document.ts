import PDFDocument from 'pdfkit';
import type { PdfMeta } from '../types';
import { joinKeywords, xmpDescriptions, type XmpProperties } from './xmp';

const CREATOR_TOOL = 'Conferenza dei Sindaci';
const PRODUCER = 'PDFKit';

/** pdfkit's PDF/A-2b document with an XMP packet whose values are escaped and complete. */
class PdfADocument extends PDFDocument {
  constructor(
    private readonly xmp: XmpProperties,
    options: ConstructorParameters<typeof PDFDocument>[0],
  ) {
    super(options);
  }

  // pdfkit calls this while ending the document; its pdfaid part and OutputIntent are kept.
  protected override _addInfo(): void {
    this.appendXML(xmpDescriptions(this.xmp));
  }
}

export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * An A4 PDF/A-2b document (PDF 1.7): pdfkit adds the pdfaid XMP and the sRGB OutputIntent;
 * Info and XMP carry the same title, subject, author and keywords. No font is loaded: the
 * caller registers embedded fonts before writing any text, so the standard 14 never appear.
 * Pages stay buffered so that "Pagina N di M" can be written once M is known.
 */
export function openPdfADocument(meta: PdfMeta, margins: PageMargins): PDFDocument {
  const xmp: XmpProperties = {
    title: meta.title,
    description: meta.subject,
    creator: meta.author,
    keywords: meta.keywords,
    language: meta.language ?? 'it-IT',
    createDate: meta.creationDate,
    creatorTool: CREATOR_TOOL,
    producer: PRODUCER,
  };
  return new PdfADocument(xmp, {
    size: 'A4',
    margins,
    font: null,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: xmp.language,
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Keywords: joinKeywords(meta.keywords),
      Creator: CREATOR_TOOL,
      Producer: PRODUCER,
      CreationDate: meta.creationDate,
    },
  });
}

/** Ends the document and resolves with the whole file. */
export function finishDocument(doc: PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
