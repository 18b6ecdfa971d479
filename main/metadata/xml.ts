/** An XML element: children in the order given (the writer never reorders), text escaped. */
export interface XmlElement {
  name: string;
  attrs?: readonly (readonly [string, string])[];
  children?: readonly (XmlElement | null | undefined | false)[];
  text?: string;
}

/** A leaf element, or nothing when the value is absent (optional Allegato 5 fields are left out, not emptied). */
export const leaf = (name: string, text: string | number | boolean | null | undefined): XmlElement | null =>
  text === null || text === undefined || text === '' ? null : { name, text: typeof text === 'boolean' ? String(text) : String(text) };

export const el = (name: string, ...children: (XmlElement | null | undefined | false)[]): XmlElement => ({ name, children });

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text and attribute values. Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks,
 * lone surrogates) are dropped: the channels already refuse them, so this only guards data from older rows.
 */
// eslint-disable-next-line no-control-regex -- removing what XML 1.0 forbids is the point
const escape = (value: string): string => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function write(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = (node.attrs ?? []).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const children = (node.children ?? []).filter((c): c is XmlElement => Boolean(c));
  if (children.length === 0) {
    out.push(node.text === undefined ? `${pad}<${node.name}${attrs}/>` : `${pad}<${node.name}${attrs}>${escape(node.text)}</${node.name}>`);
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>`);
  for (const child of children) write(child, depth + 1, out);
  out.push(`${pad}</${node.name}>`);
}

/** A whole document, UTF-8, LF line ends, two-space indentation: the same tree always gives the same bytes. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
