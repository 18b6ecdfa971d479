// The text of an OpenDocument content.xml, one line per paragraph.
import { attributeOf, markupTokens, ParagraphCollector, without, type Tag } from './markup';

/** Elements whose text is not part of the document's text. */
const SKIPPED = new Set([
  'office:annotation', // comments
  'text:tracked-changes', // text deleted with change tracking on
  'text:note', // footnotes and endnotes: their paragraphs would cut the sentence they hang from
  'text:table-of-content', // would repeat every article heading
  'svg:title', // alternative text of images
  'svg:desc',
]);

const PARAGRAPHS = new Set(['text:p', 'text:h']);

/** `<text:s text:c="3"/>` stands for three spaces. */
const spaceCount = (tag: Tag): number => Number(attributeOf(tag, 'text:c') ?? 1);

export interface OdfText {
  text: string;
  /** How many footnotes or endnotes were left out. */
  notesLeftOut: number;
}

/**
 * Paragraphs (text:p, text:h, also in lists, tables and frames) in document order. In the markup,
 * a run of whitespace is one space and none at a paragraph's start, as ODF prescribes; real
 * spaces, tabs and line breaks are the elements text:s, text:tab and text:line-break.
 */
export function odfText(contentXml: string): OdfText {
  const collector = new ParagraphCollector();
  let notesLeftOut = 0;
  const skipped = (tag: Tag) => {
    if (tag.name === 'text:note') notesLeftOut++;
    return SKIPPED.has(tag.name);
  };
  for (const token of without(markupTokens(contentXml), skipped)) {
    if (token.kind === 'text') {
      const collapsed = token.text.replace(/[ \t\r\n]+/g, ' ');
      collector.append(collector.atLineStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed);
    } else if (PARAGRAPHS.has(token.name)) {
      if (!token.selfClosing) collector.boundary(!token.closing); // an empty paragraph adds nothing
    } else if (!token.closing) {
      if (token.name === 'text:s') collector.append(' '.repeat(spaceCount(token)));
      else if (token.name === 'text:tab') collector.append('\t');
      else if (token.name === 'text:line-break') collector.append('\n');
    }
  }
  return { text: collector.text(), notesLeftOut };
}
