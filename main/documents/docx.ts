// The editable working copy (.docx) of a document, built from the same description the PDF/A is rendered
// from, so the two carry the same text. Marked on every page as a working copy: the act is the PDF/A.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Align, Block, PdfDocumentSpec, RichText } from '../pdf';
import { parseBoldMarkup } from '../pdf/text/rich-text';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** Runs of a rich text; "\n" is a line break inside the paragraph, as in the PDF. */
function runs(text: RichText, style: { bold?: boolean } = {}): TextRun[] {
  const parts = typeof text === 'string' ? parseBoldMarkup(text) : text;
  return parts.flatMap((run) =>
    run.text.split('\n').map((line, i) => new TextRun({ text: line, bold: run.bold || style.bold, italics: run.italic, ...(i > 0 ? { break: 1 } : {}) })),
  );
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: runs([{ text, bold }]) })] });

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], alignment: ALIGN[block.align ?? (block.level === 1 ? 'center' : 'left')], children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ alignment: ALIGN[block.align ?? 'justify'], children: runs(block.text), spacing: { after: 120 } })];
    case 'list':
      // The numbers written out, as the PDF prints them: the office's template may restyle the list.
      return block.items.map((item, i) => new Paragraph({ indent: { left: 360 }, children: [new TextRun(block.style === 'numbered' ? `${i + 1}. ` : '• '), ...runs(item)] }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: block.repeatHeader ?? true, children: block.columns.map((c) => cell(c.header, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
          ],
        }),
      ];
    case 'signatures':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [
            new TableRow({
              children: block.signatories.map(
                (s) =>
                  new TableCell({
                    borders: NO_BORDERS,
                    children: [
                      new Paragraph({ alignment: AlignmentType.CENTER, children: runs(s.role) }),
                      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600 }, children: runs(s.name) }),
                    ],
                  }),
              ),
            }),
          ],
        }),
      ];
    case 'spacer':
      return [new Paragraph({ spacing: { after: Math.round(block.height * 20) } })];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true })];
    case 'keepTogether':
      return block.blocks.flatMap(toDocx);
  }
}

/** The document as .docx: letterhead, the same blocks, and `mark` at the top and in every page header. */
export async function docxFromSpec(spec: PdfDocumentSpec, mark: string): Promise<Buffer> {
  const letterhead = spec.letterhead
    ? [
        new Paragraph({ alignment: AlignmentType.CENTER, children: runs([{ text: spec.letterhead.title, bold: true }]) }),
        ...(spec.letterhead.subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(spec.letterhead.subtitle) })] : []),
        ...(spec.letterhead.lines ?? []).map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 16 })] })),
      ]
    : [];
  const document = new Document({
    creator: spec.meta.author,
    title: spec.meta.title,
    subject: spec.meta.subject,
    keywords: spec.meta.keywords.join(', '),
    description: mark,
    styles: { default: { document: { run: { font: 'Titillium Web', size: 22 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: mark, italics: true, size: 16 })] })] }) },
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: mark, bold: true })] }), ...letterhead, ...spec.blocks.flatMap(toDocx)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
