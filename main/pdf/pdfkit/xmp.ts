/** The document properties that PDF/A requires to be identical in the Info dictionary and in XMP. */
export interface XmpProperties {
  title: string;
  /** Info Subject ↔ dc:description. */
  description: string;
  /** Info Author ↔ dc:creator. */
  creator: string;
  /** Info Keywords ↔ pdf:Keywords (the same joined string); also listed one by one in dc:subject. */
  keywords: readonly string[];
  language?: string;
  createDate: Date;
  /** Info Creator ↔ xmp:CreatorTool. */
  creatorTool: string;
  producer: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

export const joinKeywords = (keywords: readonly string[]): string => keywords.join(', ');

/** PDF dates have whole seconds: XMP must show the same instant, so the milliseconds go. */
const xmpDate = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
const seq = (items: readonly string[]) => `<rdf:Seq>${items.map((i) => `<rdf:li>${escapeXml(i)}</rdf:li>`).join('')}</rdf:Seq>`;
const bag = (items: readonly string[]) => `<rdf:Bag>${items.map((i) => `<rdf:li>${escapeXml(i)}</rdf:li>`).join('')}</rdf:Bag>`;

/**
 * The rdf:Description elements for the xmp, dc and pdf schemas, with every value XML-escaped
 * (pdfkit's own version writes them raw, so a title with "&" yields an invalid packet).
 */
export function xmpDescriptions(p: XmpProperties): string {
  const language = p.language ? `<dc:language>${bag([p.language])}</dc:language>` : '';
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `<xmp:CreateDate>${xmpDate(p.createDate)}</xmp:CreateDate>`,
    `<xmp:CreatorTool>${escapeXml(p.creatorTool)}</xmp:CreatorTool>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(p.title)}</dc:title>`,
    `<dc:creator>${seq([p.creator])}</dc:creator>`,
    `<dc:description>${alt(p.description)}</dc:description>`,
    `<dc:subject>${bag(p.keywords)}</dc:subject>`,
    language,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<pdf:Producer>${escapeXml(p.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${escapeXml(joinKeywords(p.keywords))}</pdf:Keywords>`,
    `</rdf:Description>`,
  ].join('\n');
}
