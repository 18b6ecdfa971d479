// @types/pdfkit is not installed: these declare the part of pdfkit 0.20 the project uses
// (the PDF engine, and the test fixtures that write plain text pages).
declare module 'pdfkit' {
  import { Readable } from 'node:stream';

  interface PDFDocumentInfo {
    Title?: string;
    Author?: string;
    Subject?: string;
    Keywords?: string;
    Creator?: string;
    Producer?: string;
    CreationDate?: Date;
  }

  interface PDFDocumentOptions {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    /** `null` loads no default font at all (pdfkit would otherwise load Helvetica). */
    font?: string | null;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    subset?: 'PDF/A-1' | 'PDF/A-1a' | 'PDF/A-1b' | 'PDF/A-2' | 'PDF/A-2a' | 'PDF/A-2b' | 'PDF/A-3' | 'PDF/A-3a' | 'PDF/A-3b';
    lang?: string;
    displayTitle?: boolean;
    info?: PDFDocumentInfo;
  }

  interface PDFTextOptions {
    lineBreak?: boolean;
  }

  interface PDFPageInfo {
    width: number;
    height: number;
  }

  class PDFDocument extends Readable {
    constructor(options?: PDFDocumentOptions);
    page: PDFPageInfo;
    /** `src`: a file path, a font Buffer, or an already parsed fontkit font. */
    registerFont(name: string, src: unknown): this;
    font(src: unknown): this;
    fontSize(size: number): this;
    text(text: string, x: number, y: number, options?: PDFTextOptions): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    fill(): this;
    stroke(): this;
    addPage(): this;
    switchToPage(index: number): this;
    bufferedPageRange(): { start: number; count: number };
    /** Appends raw operators to the current page's content stream. */
    addContent(operators: string): this;
    end(): void;
    /** Adds XML to the XMP packet (internal, for subclasses). */
    protected appendXML(xml: string, newline?: boolean): void;
    /** Writes the XMP descriptions derived from Info when the document ends (internal). */
    protected _addInfo(): void;
  }

  export = PDFDocument;
}
