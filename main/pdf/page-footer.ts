import type { PdfCanvas } from './canvas';
import type { FontFaces } from './fonts';
import { COLORS, CONTENT_WIDTH, FOOTER, PAGE } from './style';
import { breakLines } from './text/line-breaker';
import { plainRuns } from './text/rich-text';

/** Writes, once the page count is known, a rule, the note (left) and "Pagina N di M" (right) on every page. */
export function drawPageFooters(canvas: PdfCanvas, faces: FontFaces, note: string | undefined): void {
  const { text: style } = FOOTER;
  const box = { x: PAGE.margins.left, top: PAGE.height - FOOTER.ruleFromBottom + FOOTER.gap, width: CONTENT_WIDTH };
  const layOut = (text: string, maxWidth: number) => breakLines(plainRuns(text, style.face), maxWidth, style.size, faces);
  const noteLines = note ? layOut(note, CONTENT_WIDTH * 0.7) : [];
  const pageCount = canvas.pageCount;
  for (let page = 0; page < pageCount; page++) {
    canvas.switchToPage(page);
    canvas.horizontalRule(box.x, box.x + box.width, box.top - FOOTER.gap, FOOTER.ruleWidth, COLORS.rule);
    noteLines.forEach((line, k) => canvas.drawLine(line, { ...box, top: box.top + k * style.leading }, style, 'left'));
    for (const line of layOut(`Pagina ${page + 1} di ${pageCount}`, CONTENT_WIDTH * 0.3)) canvas.drawLine(line, box, style, 'right');
  }
}
