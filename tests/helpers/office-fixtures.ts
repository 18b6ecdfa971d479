// Real .docx and .odt files built in the test, so no binary fixture is committed and every
// fixture shows the text it holds.
import JSZip from 'jszip';

/** A paragraph's text, or its runs (as when part of a heading is bold). "\t" is a tab, "\n" a manual line break. */
export type Paragraph = string | readonly string[];

const runsOf = (paragraph: Paragraph): readonly string[] => (typeof paragraph === 'string' ? [paragraph] : paragraph);

export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------- .docx (WordprocessingML) ----------

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/** One w:r per run; tabs and line breaks are elements of their own, as Word writes them. */
function docxRun(text: string): string {
  const content = text
    .split(/(\t|\n)/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '\t' ? '<w:tab/>' : piece === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join('');
  return `<w:r>${content}</w:r>`;
}

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>`;

/** A footnote reference, to place in a paragraph of a .docx built with `footnotes`. */
export const docxFootnoteReference = (id: number): string => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

/**
 * A .docx whose body is the given WordprocessingML (paragraphs, tables…), with the footnotes
 * (id → text) its references point to.
 */
export function docxFromBodyXml(bodyXml: string, footnotes: Record<number, string> = {}): Promise<Buffer> {
  const notes = Object.entries(footnotes).map(([id, text]) => `<w:footnote w:id="${id}"><w:p>${docxRun(text)}</w:p></w:footnote>`);
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document>`,
    ...(notes.length === 0
      ? {}
      : {
          'word/_rels/document.xml.rels': DOCUMENT_RELS,
          'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W_NS}">${notes.join('')}</w:footnotes>`,
        }),
  });
}

export const docxParagraph = (paragraph: Paragraph): string => `<w:p>${runsOf(paragraph).map(docxRun).join('')}</w:p>`;

export const buildDocx = (paragraphs: readonly Paragraph[]): Promise<Buffer> => docxFromBodyXml(paragraphs.map(docxParagraph).join(''));

// ---------- .odt (OpenDocument text) ----------

export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
  <manifest:file-entry manifest:full-path="/" manifest:media-type="${ODT_MIMETYPE}"/>
  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;

const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/** In ODF markup whitespace collapses, so runs of spaces, tabs and line breaks must be elements. */
function odfText(text: string): string {
  return text
    .split(/( {2,}|^ |\t|\n)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === '\t') return '<text:tab/>';
      if (piece === '\n') return '<text:line-break/>';
      if (piece.trim() === '') return `<text:s text:c="${piece.length}"/>`;
      return escapeXml(piece);
    })
    .join('');
}

/**
 * An .odt whose office:text holds the given markup. `mimetype` is the first entry and stored
 * uncompressed, as the ODF package format requires.
 */
export async function odtFromBodyXml(bodyXml: string, mimetype = ODT_MIMETYPE): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', mimetype, { compression: 'STORE' });
  zip.file('META-INF/manifest.xml', MANIFEST);
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NAMESPACES} office:version="1.3"><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Single-run paragraphs as text:p; several runs as text:span, as LibreOffice writes formatted text. */
export const buildOdt = (paragraphs: readonly Paragraph[]): Promise<Buffer> =>
  odtFromBodyXml(
    paragraphs
      .map((p) => (typeof p === 'string' ? odfText(p) : p.map((run) => `<text:span>${odfText(run)}</text:span>`).join('')))
      .map((content) => `<text:p>${content}</text:p>`)
      .join(''),
  );
