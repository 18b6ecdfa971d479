import type { FaceName } from './fonts';

const CM = 72 / 2.54;

/** A4 portrait in points, with the margins of an Italian administrative document. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { top: 2 * CM, bottom: 2.5 * CM, left: 2.5 * CM, right: 2 * CM },
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

export const COLORS = {
  text: '#1a1a1a',
  muted: '#5c6f82',
  accent: '#17324d',
  rule: '#9aa5b1',
  tableHeaderFill: '#e4e9f0',
  zebraFill: '#eef1f6',
} as const;

/** How a piece of text is set: face, size and line pitch (all in points). */
export interface TextStyle {
  face: FaceName;
  size: number;
  leading: number;
  color: string;
}

const textStyle = (face: FaceName, size: number, leadingRatio: number, color: string = COLORS.text): TextStyle => ({
  face,
  size,
  leading: size * leadingRatio,
  color,
});

export const BODY = textStyle('regular', 10.5, 1.42);
/** Space above a paragraph or list item, in points. */
export const PARAGRAPH_GAP = 6;

export const HEADINGS = {
  1: { style: textStyle('bold', 13.5, 1.3, COLORS.accent), spaceBefore: 16 },
  2: { style: textStyle('bold', 11.5, 1.3), spaceBefore: 14 },
  3: { style: textStyle('boldItalic', 10.5, 1.35), spaceBefore: 10 },
} as const;

export const LIST = { labelWidth: 18, itemGap: 3 } as const;

export const TABLE = {
  header: textStyle('semiBold', 9, 1.3),
  cell: textStyle('regular', 9, 1.3),
  paddingX: 4,
  paddingY: 3,
  ruleWidth: 0.5,
  spaceBefore: 10,
  spaceAfter: 6,
} as const;

export const LETTERHEAD = {
  title: textStyle('bold', 15, 1.25, COLORS.accent),
  subtitle: textStyle('semiBold', 11, 1.35, COLORS.accent),
  line: textStyle('regular', 7.5, 1.35, COLORS.muted),
  ruleGap: 8,
  ruleWidth: 1.2,
  spaceAfter: 14,
} as const;

export const SIGNATURES = {
  role: textStyle('semiBold', 10, 1.3),
  name: textStyle('regular', 10, 1.3),
  /** Room for the handwritten or digital signature above the line. */
  signingSpace: 34,
  lineWidthRatio: 0.75,
  ruleWidth: 0.6,
  nameGap: 3,
  columnPadding: 6,
  spaceBefore: 28,
} as const;

export const FOOTER = {
  text: textStyle('regular', 8, 1.2, COLORS.muted),
  /** Distance of the footer's rule from the bottom edge of the page. */
  ruleFromBottom: 1.6 * CM,
  ruleWidth: 0.5,
  gap: 5,
} as const;
