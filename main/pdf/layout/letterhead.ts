import { COLORS, LETTERHEAD, type TextStyle } from '../style';
import { plainRuns } from '../text/rich-text';
import type { Letterhead } from '../types';
import { keepTogether, type Band } from './band';
import { textBands, type LayoutContext } from './text-bands';

/** The first page's heading: ente name, subtitle, small lines (the comuni), and a rule under them. */
export function letterheadBands(letterhead: Letterhead | undefined, ctx: LayoutContext): Band[] {
  if (!letterhead) return [];
  const centred = (text: string, style: TextStyle) => textBands(plainRuns(text, style.face), style, 'center', ctx, ctx.faces);
  const rule: Band = {
    height: LETTERHEAD.ruleGap + LETTERHEAD.spaceAfter,
    spaceBefore: 0,
    keepWithNext: false,
    draw: (canvas, top) => canvas.horizontalRule(ctx.x, ctx.x + ctx.width, top + LETTERHEAD.ruleGap, LETTERHEAD.ruleWidth, COLORS.accent),
  };
  return keepTogether([
    ...centred(letterhead.title, LETTERHEAD.title),
    ...(letterhead.subtitle ? centred(letterhead.subtitle, LETTERHEAD.subtitle) : []),
    ...(letterhead.lines ?? []).flatMap((line) => centred(line, LETTERHEAD.line)),
    rule,
  ]);
}
