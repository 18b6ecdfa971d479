// Just enough XML reading for an ODF content.xml and mammoth's HTML: both are well-formed and
// their text model is simple, and no XML parser is among the dependencies.
import { MAX_PARAGRAPHS, tooManyParagraphs } from './refusal';

export interface Tag {
  kind: 'tag';
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
}
export type MarkupToken = Tag | { kind: 'text'; text: string };

/** Comment, processing instruction or doctype | CDATA (1) | tag: closing (2), name (3), attributes (4), self-closing (5) | text (6). */
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return ENTITIES[name] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Tags and decoded text, in document order; comments and declarations are dropped. */
export function* markupTokens(markup: string): Generator<MarkupToken> {
  for (const [, cdata, closing, name, attributes = '', selfClosing, text] of markup.matchAll(TOKEN)) {
    if (name !== undefined) yield { kind: 'tag', name, closing: closing === '/', selfClosing: selfClosing === '/', attributes };
    else if (cdata !== undefined) yield { kind: 'text', text: cdata };
    else if (text !== undefined) yield { kind: 'text', text: decodeEntities(text) };
  }
}

export function attributeOf(tag: Tag, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag.attributes);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeEntities(value);
}

/** The tokens outside the elements `skip` selects (with everything they contain). */
export function* without(tokens: Iterable<MarkupToken>, skip: (tag: Tag) => boolean): Generator<MarkupToken> {
  let depth = 0;
  for (const token of tokens) {
    const opens = token.kind === 'tag' && !token.closing && !token.selfClosing;
    const closes = token.kind === 'tag' && token.closing;
    if (depth > 0) depth += opens ? 1 : closes ? -1 : 0;
    else if (opens && skip(token)) depth = 1;
    else yield token;
  }
}

/** Gathers text into one line per paragraph. Blank paragraphs are dropped: in a word processor they only space the page. */
export class ParagraphCollector {
  private readonly lines: string[] = [];
  private line = '';
  private openBlocks = 0;

  /** A paragraph (or a list item, a table cell…) starts or ends: both end the current line. */
  boundary(opening: boolean): void {
    if (this.line.trim() !== '' && this.lines.push(this.line) > MAX_PARAGRAPHS) throw tooManyParagraphs();
    this.line = '';
    this.openBlocks = Math.max(0, this.openBlocks + (opening ? 1 : -1));
  }

  get atLineStart(): boolean {
    return this.line === '';
  }

  /** Text outside every paragraph is markup layout, not content. */
  append(text: string): void {
    if (this.openBlocks > 0) this.line += text;
  }

  text(): string {
    this.boundary(false);
    return this.lines.join('\n');
  }
}
