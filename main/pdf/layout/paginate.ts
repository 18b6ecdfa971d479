import type { PdfCanvas } from '../canvas';
import { isBand, PAGE_BREAK, type FlowItem } from './band';

/** The vertical extent of the text area of a page, in points from the top edge. */
export interface PageFrame {
  top: number;
  bottom: number;
}

/**
 * Draws the bands top to bottom on the canvas's current page, starting a new page when the next
 * band does not fit, or when its keep-with-next chain does not fit but would fit on a fresh page.
 */
export function paginate(items: readonly FlowItem[], canvas: PdfCanvas, frame: PageFrame): void {
  const chainHeights = keepWithNextChainHeights(items);
  const pageHeight = frame.bottom - frame.top;
  let y = frame.top;
  let atTop = true;
  const startPage = () => {
    canvas.addPage();
    y = frame.top;
    atTop = true;
  };

  items.forEach((item, i) => {
    if (item === PAGE_BREAK) {
      if (!atTop) startPage();
      return;
    }
    if (!atTop) {
      const bottom = y + item.spaceBefore;
      const fits = bottom + item.height <= frame.bottom;
      const chainFits = bottom + chainHeights[i]! <= frame.bottom;
      const chainFitsAPage = chainHeights[i]! + (item.repeatedHeader?.height ?? 0) <= pageHeight;
      if (!fits || (!chainFits && chainFitsAPage)) startPage();
    }
    if (atTop && item.repeatedHeader) {
      item.repeatedHeader.draw(canvas, y);
      y += item.repeatedHeader.height;
    } else if (!atTop) {
      y += item.spaceBefore;
    }
    item.draw(canvas, y);
    y += item.height;
    atTop = false;
  });
}

/** For each band, the height from its top to the bottom of the last band it must stay with. */
function keepWithNextChainHeights(items: readonly FlowItem[]): number[] {
  const heights: number[] = new Array(items.length).fill(0);
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!isBand(item)) continue;
    const next = items[i + 1];
    heights[i] = item.height + (item.keepWithNext && isBand(next) ? next.spaceBefore + heights[i + 1]! : 0);
  }
  return heights;
}
