import type { PdfCanvas } from '../canvas';

/**
 * The unit of pagination: a full-width horizontal strip that is never split across pages
 * (a line of a paragraph, a table row, a heading, the signatures).
 */
export interface Band {
  height: number;
  /** Space above the band; dropped at the top of a page. */
  spaceBefore: number;
  /** Must share the page with the next band (a heading and its text, a paragraph's first two lines). */
  keepWithNext: boolean;
  /** Drawn first on every page that starts with this band (a table's header row). */
  repeatedHeader?: Band;
  draw(canvas: PdfCanvas, top: number): void;
}

export const PAGE_BREAK = 'pageBreak';
export type FlowItem = Band | typeof PAGE_BREAK;

export const isBand = (item: FlowItem | undefined): item is Band => item !== undefined && item !== PAGE_BREAK;

/** Keeps a run of bands on one page when they fit on one. */
export function keepTogether<T extends FlowItem>(bands: T[]): T[] {
  bands.forEach((band, i) => {
    if (isBand(band) && isBand(bands[i + 1])) band.keepWithNext = true;
  });
  return bands;
}

/** Adds `space` above the first band: block spacing belongs to the band that starts the block. */
export function withSpaceBefore<T extends FlowItem>(bands: T[], space: number): T[] {
  const first = bands[0];
  if (isBand(first)) first.spaceBefore += space;
  return bands;
}
