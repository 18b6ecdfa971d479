import type { FontFaces } from '../fonts';
import type { TextStyle } from '../style';
import { breakLines, type TextLine } from '../text/line-breaker';
import type { StyledRun } from '../text/rich-text';
import type { Align } from '../types';
import type { Band } from './band';

/** Where blocks are laid out: the text column of the page. */
export interface LayoutContext {
  faces: FontFaces;
  x: number;
  width: number;
  /** The tallest band a page can hold. */
  pageHeight: number;
}

export interface Column {
  x: number;
  width: number;
}

const lineBand = (line: TextLine, column: Column, style: TextStyle, align: Align): Band => ({
  height: style.leading,
  spaceBefore: 0,
  keepWithNext: false,
  draw: (canvas, top) => canvas.drawLine(line, { x: column.x, top, width: column.width }, style, align),
});

/**
 * One band per line. A paragraph never leaves its first line alone at the bottom of a page
 * (orphan) nor its last line alone at the top of the next (widow).
 */
export function textBands(runs: readonly StyledRun[], style: TextStyle, align: Align, column: Column, faces: FontFaces): Band[] {
  const bands = breakLines(runs, column.width, style.size, faces).map((line) => lineBand(line, column, style, align));
  if (bands.length >= 2) {
    bands[0]!.keepWithNext = true;
    bands.at(-2)!.keepWithNext = true;
  }
  return bands;
}
