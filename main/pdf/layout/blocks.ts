import { BODY, HEADINGS, LIST, PARAGRAPH_GAP, SIGNATURES, TABLE, type TextStyle } from '../style';
import { breakLines } from '../text/line-breaker';
import { plainRuns, toStyledRuns } from '../text/rich-text';
import type { Block, HeadingBlock, ListBlock, SignaturesBlock, SpacerBlock } from '../types';
import { keepTogether, PAGE_BREAK, withSpaceBefore, type Band, type FlowItem } from './band';
import { tableBands } from './table';
import { textBands, type Column, type LayoutContext } from './text-bands';

/** Lays the blocks out as bands; a spacer (and a table's space after) adds to the space above the next block. */
export function blocksToFlow(blocks: readonly Block[], ctx: LayoutContext): FlowItem[] {
  const flow: FlowItem[] = [];
  let extraSpace = 0;
  for (const block of blocks) {
    if (block.type === 'spacer') {
      extraSpace += block.height;
      continue;
    }
    for (const item of withSpaceBefore(blockToFlow(block, ctx), extraSpace)) flow.push(item);
    extraSpace = block.type === 'table' ? TABLE.spaceAfter : 0;
  }
  return flow;
}

function blockToFlow(block: Exclude<Block, SpacerBlock>, ctx: LayoutContext): FlowItem[] {
  switch (block.type) {
    case 'heading':
      return headingBands(block, ctx);
    case 'paragraph':
      return withSpaceBefore(textBands(toStyledRuns(block.text), BODY, block.align ?? 'justify', ctx, ctx.faces), PARAGRAPH_GAP);
    case 'table':
      return tableBands(block, ctx);
    case 'list':
      return listBands(block, ctx);
    case 'signatures':
      return [signaturesBand(block, ctx)];
    case 'pageBreak':
      return [PAGE_BREAK];
    case 'keepTogether':
      return keepTogether(blocksToFlow(block.blocks, ctx));
  }
}

/** A heading always stays with what follows it. */
function headingBands(block: HeadingBlock, ctx: LayoutContext): Band[] {
  const { style, spaceBefore } = HEADINGS[block.level];
  const align = block.align ?? (block.level === 1 ? 'center' : 'left');
  const bands = textBands(plainRuns(block.text, style.face), style, align, ctx, ctx.faces);
  for (const band of bands) band.keepWithNext = true;
  return withSpaceBefore(bands, spaceBefore);
}

/** Items with a hanging indent: the number or bullet sits in a column of its own, right-aligned. */
function listBands(block: ListBlock, ctx: LayoutContext): Band[] {
  const labelColumn: Column = { x: ctx.x, width: LIST.labelWidth - 5 };
  const textColumn: Column = { x: ctx.x + LIST.labelWidth, width: ctx.width - LIST.labelWidth };
  return block.items.flatMap((item, i) => {
    const bands = textBands(toStyledRuns(item), BODY, 'justify', textColumn, ctx.faces);
    const first = bands[0];
    if (!first) return [];
    const label = breakLines(plainRuns(block.style === 'numbered' ? `${i + 1}.` : '•', BODY.face), Infinity, BODY.size, ctx.faces)[0]!;
    const drawText = first.draw;
    first.draw = (canvas, top) => {
      canvas.drawLine(label, { ...labelColumn, top }, BODY, 'right');
      drawText(canvas, top);
    };
    return withSpaceBefore(bands, i === 0 ? PARAGRAPH_GAP : LIST.itemGap);
  });
}

/** Signatories side by side: role, room to sign, the line, the name under it. */
function signaturesBand(block: SignaturesBlock, ctx: LayoutContext): Band {
  const columnWidth = ctx.width / Math.max(1, block.signatories.length);
  const columns = block.signatories.map((signatory, i) => {
    const column: Column = { x: ctx.x + i * columnWidth, width: columnWidth };
    const lay = (text: string, style: TextStyle) => breakLines(plainRuns(text, style.face), columnWidth - 2 * SIGNATURES.columnPadding, style.size, ctx.faces);
    return { column, role: lay(signatory.role, SIGNATURES.role), name: lay(signatory.name, SIGNATURES.name) };
  });
  const roleHeight = Math.max(0, ...columns.map((c) => c.role.length)) * SIGNATURES.role.leading;
  const nameHeight = Math.max(0, ...columns.map((c) => c.name.length)) * SIGNATURES.name.leading;
  const lineY = roleHeight + SIGNATURES.signingSpace;
  return {
    height: lineY + SIGNATURES.nameGap + nameHeight,
    spaceBefore: SIGNATURES.spaceBefore,
    keepWithNext: false,
    draw(canvas, top) {
      for (const { column, role, name } of columns) {
        role.forEach((line, k) => canvas.drawLine(line, { ...column, top: top + k * SIGNATURES.role.leading }, SIGNATURES.role, 'center'));
        const lineWidth = column.width * SIGNATURES.lineWidthRatio;
        const lineX = column.x + (column.width - lineWidth) / 2;
        canvas.horizontalRule(lineX, lineX + lineWidth, top + lineY, SIGNATURES.ruleWidth, SIGNATURES.name.color);
        name.forEach((line, k) =>
          canvas.drawLine(line, { ...column, top: top + lineY + SIGNATURES.nameGap + k * SIGNATURES.name.leading }, SIGNATURES.name, 'center'),
        );
      }
    },
  };
}
