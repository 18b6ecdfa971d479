import { COLORS, TABLE, type TextStyle } from '../style';
import { breakLines, type TextLine } from '../text/line-breaker';
import { plainRuns } from '../text/rich-text';
import type { LineAlign, TableBlock, TableColumn } from '../types';
import type { Band } from './band';
import type { Column, LayoutContext } from './text-bands';

interface TableGeometry {
  columns: (Column & { align: LineAlign })[];
  x: number;
  width: number;
}

/**
 * A header band and one band per row (a row taller than a page is cut into several). The header
 * stays with the first row and, unless `repeatHeader` is false, is drawn again on every page the
 * table continues on.
 */
export function tableBands(table: TableBlock, ctx: LayoutContext): Band[] {
  const geometry = tableGeometry(table.columns, ctx);
  const headerLines = layoutCells(table.columns.map((c) => c.header), TABLE.header, geometry, ctx);
  const header = rowBand(headerLines, lineCountOf(headerLines), TABLE.header, COLORS.tableHeaderFill, geometry);
  header.keepWithNext = true;
  header.spaceBefore = TABLE.spaceBefore;
  const rowHeightLimit = ctx.pageHeight - header.height - 2 * TABLE.paddingY;
  const linesPerBand = Math.max(1, Math.floor(rowHeightLimit / TABLE.cell.leading));
  const rows = table.rows.flatMap((cells, i) => {
    const fill = table.zebra && i % 2 === 1 ? COLORS.zebraFill : null;
    const cellLines = layoutCells(cells, TABLE.cell, geometry, ctx);
    const lineCount = lineCountOf(cellLines);
    const bands: Band[] = [];
    for (let first = 0; first < lineCount; first += linesPerBand) {
      const slice = cellLines.map((lines) => lines.slice(first, first + linesPerBand));
      const band = rowBand(slice, Math.min(linesPerBand, lineCount - first), TABLE.cell, fill, geometry);
      if (table.repeatHeader !== false) band.repeatedHeader = header;
      bands.push(band);
    }
    return bands;
  });
  return [header, ...rows];
}

/** Fractions (≤ 1) of the text width or points; columns without a width share the rest; shrunk to fit. */
function tableGeometry(columns: readonly TableColumn[], ctx: LayoutContext): TableGeometry {
  const requested = columns.map((c) => (c.width === undefined ? undefined : c.width <= 1 ? c.width * ctx.width : c.width));
  const used = requested.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const flexible = requested.filter((w) => w === undefined).length;
  const share = flexible > 0 ? Math.max(0, ctx.width - used) / flexible : 0;
  const widths = requested.map((w) => w ?? share);
  const total = widths.reduce((sum, w) => sum + w, 0);
  const scale = total > ctx.width ? ctx.width / total : 1;
  let x = ctx.x;
  const geometryColumns = widths.map((w, i) => {
    const column = { x, width: w * scale, align: columns[i]!.align ?? 'left' };
    x += column.width;
    return column;
  });
  return { columns: geometryColumns, x: ctx.x, width: x - ctx.x };
}

function layoutCells(cells: readonly string[], style: TextStyle, table: TableGeometry, ctx: LayoutContext): TextLine[][] {
  return table.columns.map((column, i) =>
    breakLines(plainRuns(cells[i] ?? '', style.face), column.width - 2 * TABLE.paddingX, style.size, ctx.faces),
  );
}

const lineCountOf = (cellLines: readonly TextLine[][]): number => Math.max(1, ...cellLines.map((lines) => lines.length));

function rowBand(cellLines: readonly TextLine[][], lineCount: number, style: TextStyle, fill: string | null, table: TableGeometry): Band {
  const height = lineCount * style.leading + 2 * TABLE.paddingY;
  return {
    height,
    spaceBefore: 0,
    keepWithNext: false,
    draw(canvas, top) {
      if (fill) canvas.fillRect(table.x, top, table.width, height, fill);
      table.columns.forEach((column, i) => {
        const box = { x: column.x + TABLE.paddingX, width: column.width - 2 * TABLE.paddingX };
        cellLines[i]!.forEach((line, k) => canvas.drawLine(line, { ...box, top: top + TABLE.paddingY + k * style.leading }, style, column.align));
      });
      const right = table.x + table.width;
      canvas.horizontalRule(table.x, right, top, TABLE.ruleWidth, COLORS.rule);
      canvas.horizontalRule(table.x, right, top + height, TABLE.ruleWidth, COLORS.rule);
      for (const column of table.columns) canvas.verticalRule(column.x, top, top + height, TABLE.ruleWidth, COLORS.rule);
      canvas.verticalRule(right, top, top + height, TABLE.ruleWidth, COLORS.rule);
    },
  };
}
