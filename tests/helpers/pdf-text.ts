// Reads PDFs back the way a person's tools would: poppler-utils (pdftotext, pdfinfo, pdffonts),
// fed through stdin. No mocks: what these return is what a viewer would show.
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

const poppler = (tool: string, args: readonly string[], pdf: Buffer): string =>
  execFileSync(tool, [...args, '-', ...(tool === 'pdftotext' ? ['-'] : [])], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The text of every page (pdftotext -layout), in page order. */
export function pdfPagesText(pdf: Buffer): string[] {
  const pages = poppler('pdftotext', ['-layout'], pdf).split('\f');
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}

/** Runs of white space (line breaks, justification gaps, no-break spaces) as one space: for matching sentences. */
export const normalizeSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** pdfinfo's fields ("Title", "Author", "Pages", ...), values trimmed. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of poppler('pdfinfo', [], pdf).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) fields[match[1]!] = match[2]!.trim();
  }
  return fields;
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table; columns are cut where its dashed rule puts them. */
export function pdfFonts(pdf: Buffer): PdfFontRow[] {
  const [, rule, ...rows] = poppler('pdffonts', [], pdf).split('\n');
  const columns: [number, number][] = [];
  for (const match of rule!.matchAll(/-+/g)) columns.push([match.index, match.index + match[0].length]);
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const [name, type, encoding, emb, sub, uni] = columns.map(([from, to]) => row.slice(from, to + 1).trim());
      return { name: name!, type: type!, encoding: encoding!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

/** The XMP metadata packet (pdfinfo -meta). */
export const pdfXmp = (pdf: Buffer): string => poppler('pdfinfo', ['-meta'], pdf);

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The text of every `<tag>` element in the XMP, entities decoded; for rdf containers, the text of their rdf:li items. */
export function xmpValues(xmp: string, tag: string): string[] {
  const values: string[] = [];
  for (const element of xmp.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))) {
    const body = element[1]!;
    const items = [...body.matchAll(/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/g)].map((li) => li[1]!);
    for (const value of items.length > 0 ? items : [body]) values.push(value.trim().replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]!));
  }
  return values;
}

export interface OutputIntent {
  subtype: string;
  outputConditionIdentifier: string;
  /** The embedded ICC profile, decompressed. */
  iccProfile: Buffer;
}

/**
 * The catalog's output intents. Poppler has no tool that prints them, so this reads the PDF's
 * objects directly; it handles files without object streams, as pdfkit writes them.
 */
export function pdfOutputIntents(pdf: Buffer): OutputIntent[] {
  const source = pdf.toString('latin1');
  const object = (id: string): string => {
    const start = source.indexOf(`\n${id} 0 obj`);
    if (start < 0) throw new Error(`object ${id} not found`);
    return source.slice(start, source.indexOf('endobj', start));
  };
  const catalogIntents = /\/OutputIntents \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  return [...catalogIntents.matchAll(/(\d+) 0 R/g)].map(([, id]) => {
    const intent = object(id!);
    const profile = object(/\/DestOutputProfile (\d+) 0 R/.exec(intent)![1]!);
    const streamStart = profile.indexOf('stream\n') + 'stream\n'.length;
    const raw = Buffer.from(profile.slice(streamStart, profile.lastIndexOf('\nendstream')), 'latin1');
    return {
      subtype: /\/S \/(\w+)/.exec(intent)![1]!,
      outputConditionIdentifier: /\/OutputConditionIdentifier \(([^)]*)\)/.exec(intent)![1]!,
      iccProfile: profile.includes('/FlateDecode') ? zlib.inflateSync(raw) : raw,
    };
  });
}
