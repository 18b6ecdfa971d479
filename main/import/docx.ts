// The text of a .docx, through mammoth's HTML: its raw-text output drops manual line breaks,
// which people use between an article's heading and its title.
import mammoth from 'mammoth';
import { notesWarning, type ExtractedText } from './extracted-text';
import { attributeOf, markupTokens, ParagraphCollector, without, type Tag } from './markup';
import { openOfficePackage } from './office-package';
import { unreadable } from './refusal';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

/** mammoth appends the notes as list items "footnote-1"… and marks each reference with a link "[1]". */
const isNote = (tag: Tag): boolean => tag.name === 'li' && /^(?:foot|end)note-\d/.test(attributeOf(tag, 'id') ?? '');
const isNoteOrReference = (tag: Tag): boolean => isNote(tag) || (tag.name === 'a' && /^(?:foot|end)note-ref-/.test(attributeOf(tag, 'id') ?? ''));

/** Images carry no text: an empty source keeps them from being inlined as base64. */
const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocx(bytes: Buffer, fileName: string): Promise<ExtractedText> {
  await openOfficePackage(bytes, fileName, 'docx');
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: noImages }).catch(() => {
    throw unreadable(fileName);
  });
  const collector = new ParagraphCollector();
  let notesLeftOut = 0;
  const countingNotes = (tag: Tag) => {
    if (isNote(tag)) notesLeftOut++;
    return isNoteOrReference(tag);
  };
  for (const token of without(markupTokens(html), countingNotes)) {
    if (token.kind === 'text') collector.append(token.text);
    else if (BLOCKS.has(token.name)) collector.boundary(!token.closing);
    else if (token.name === 'br') collector.append('\n');
  }
  return { text: collector.text(), avvisi: notesLeftOut > 0 ? [notesWarning(notesLeftOut)] : [] };
}
