import type PDFDocument from 'pdfkit';
import { FACE_NAMES, type FaceName, type FontFaces } from './fonts';
import { embedFont, type EmbeddedFont } from './pdfkit/fontkit-font';
import { TextWriter } from './pdfkit/text-writer';
import type { TextStyle } from './style';
import type { TextLine } from './text/line-breaker';
import type { Align } from './types';

export interface LineBox {
  x: number;
  top: number;
  width: number;
}

/** The drawing operations the layout needs, on top of a pdfkit document. Coordinates in points, y downwards. */
export class PdfCanvas {
  private readonly fonts: Record<FaceName, EmbeddedFont>;
  private readonly text: TextWriter;
  // pdfkit writes a colour operator on every call: remember the colour set on the current page.
  private fill: string | null = null;
  private stroke: string | null = null;

  constructor(
    private readonly doc: PDFDocument,
    private readonly faces: FontFaces,
  ) {
    const entries = FACE_NAMES.map((name) => [name, embedFont(doc, name, faces[name].font, faces[name].pdfkitLayoutCache)]);
    this.fonts = Object.fromEntries(entries) as Record<FaceName, EmbeddedFont>;
    this.text = new TextWriter(doc);
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  addPage(): void {
    this.doc.addPage();
    this.resetGraphicsState();
  }

  switchToPage(index: number): void {
    this.doc.switchToPage(index);
    this.resetGraphicsState();
  }

  /** Draws a broken line inside `box`; justified lines stretch their inter-word gaps to the full width. */
  drawLine(line: TextLine, box: LineBox, style: TextStyle, align: Align): void {
    if (line.pieces.length === 0) return;
    const slack = box.width - line.width;
    const extra = align === 'justify' && !line.last && line.gaps > 0 && slack > 0 ? slack / line.gaps : 0;
    const start = box.x + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
    this.setFill(style.color);
    const pieces = line.pieces.map((piece) => ({
      font: this.fonts[piece.face],
      text: piece.text,
      x: start + piece.x + extra * piece.gapsBefore,
      extraWordSpacing: extra,
    }));
    this.text.showLine(pieces, box.top + this.baselineOffset(style), style.size);
  }

  /** Places the baseline so that the face's ascent-descent box sits in the middle of the line pitch. */
  private baselineOffset(style: TextStyle): number {
    const { ascent, descent } = this.faces[style.face];
    return (style.leading - ((ascent + descent) * style.size) / 1000) / 2 + (ascent * style.size) / 1000;
  }

  horizontalRule(x1: number, x2: number, y: number, width: number, color: string): void {
    this.setStroke(color);
    this.doc.lineWidth(width).moveTo(x1, y).lineTo(x2, y).stroke();
  }

  verticalRule(x: number, y1: number, y2: number, width: number, color: string): void {
    this.setStroke(color);
    this.doc.lineWidth(width).moveTo(x, y1).lineTo(x, y2).stroke();
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.setFill(color);
    this.doc.rect(x, y, width, height).fill();
  }

  private setFill(color: string): void {
    if (this.fill === color) return;
    this.doc.fillColor(color);
    this.fill = color;
  }

  private setStroke(color: string): void {
    if (this.stroke === color) return;
    this.doc.strokeColor(color);
    this.stroke = color;
  }

  // Each page's content stream starts with the default graphics state.
  private resetGraphicsState(): void {
    this.fill = null;
    this.stroke = null;
  }
}
