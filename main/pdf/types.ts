/** A document described as data; the engine lays it out on A4 pages and renders it as PDF/A-2b. */
export interface PdfDocumentSpec {
  meta: PdfMeta;
  /** Drawn at the top of the first page. */
  letterhead?: Letterhead;
  blocks: Block[];
  /** Left side of every page's footer (e.g. "Verbale n. 06/2018"); the right side is "Pagina N di M". */
  footerNote?: string;
}

/** Written both in the PDF Info dictionary and in the XMP metadata, as PDF/A requires. */
export interface PdfMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  creationDate: Date;
  /** Default 'it-IT'. */
  language?: 'it-IT';
}

export interface Letterhead {
  /** The ente, bold and centred (e.g. "Ambito Socio-Territoriale Lagonegrese Pollino"). */
  title: string;
  subtitle?: string;
  /** Small centred lines, e.g. the names of the comuni. */
  lines?: string[];
}

export type Align = 'left' | 'center' | 'right' | 'justify';
export type LineAlign = Exclude<Align, 'justify'>;

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * Text with `**bold**` spans, or explicit runs. Text typed by users should come as runs:
 * a literal "**" in a string is read as markup. "\n" forces a line break.
 */
export type RichText = string | TextRun[];

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | ListBlock
  | SpacerBlock
  | SignaturesBlock
  | PageBreakBlock
  | KeepTogetherBlock;

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Default: level 1 centred, others left. */
  align?: LineAlign;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: RichText;
  /** Default 'justify'. */
  align?: Align;
}

export interface TableColumn {
  header: string;
  /** A fraction of the text width when ≤ 1, points when > 1; columns without a width share what is left. */
  width?: number;
  align?: LineAlign;
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Repeat the header row on every page the table continues on. Default true. */
  repeatHeader?: boolean;
  /** Shade every other row. */
  zebra?: boolean;
}

export interface ListBlock {
  type: 'list';
  style: 'numbered' | 'bulleted';
  items: RichText[];
}

/** Vertical space in points; like the space between blocks it is dropped at the top of a page. */
export interface SpacerBlock {
  type: 'spacer';
  height: number;
}

export interface Signatory {
  /** e.g. "Il Presidente". */
  role: string;
  name: string;
}

/** Signatories side by side, each with a line to sign on; never split across pages. */
export interface SignaturesBlock {
  type: 'signatures';
  signatories: Signatory[];
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

/** Blocks kept on one page when they fit on one (e.g. the closing formula with the signatures). */
export interface KeepTogetherBlock {
  type: 'keepTogether';
  blocks: Block[];
}
