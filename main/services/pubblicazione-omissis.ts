import type { Block, PdfDocumentSpec, RichText } from '../pdf';

export const OMISSIS = 'omissis';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for every passage, longest first ("Mario Rossi" before "Rossi"), matched case-insensitively as whole
 * words (a passage inside a longer word is not it) and across any white space (a name split by a line break).
 */
function omissisPattern(passaggi: readonly string[]): RegExp | null {
  const sources = [...new Set(passaggi.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return sources.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
}

type Replace = (text: string) => string;

const richText = (text: RichText, replace: Replace): RichText =>
  typeof text === 'string' ? replace(text) : text.map((run) => ({ ...run, text: replace(run.text) }));

function block(b: Block, replace: Replace): Block {
  switch (b.type) {
    case 'heading':
      return { ...b, text: replace(b.text) };
    case 'paragraph':
      return { ...b, text: richText(b.text, replace) };
    case 'table':
      return { ...b, rows: b.rows.map((row) => row.map(replace)) };
    case 'list':
      return { ...b, items: b.items.map((item) => richText(item, replace)) };
    case 'signatures':
      return { ...b, signatories: b.signatories.map((s) => ({ role: replace(s.role), name: replace(s.name) })) };
    case 'keepTogether':
      return { ...b, blocks: b.blocks.map((inner) => block(inner, replace)) };
    default:
      return b;
  }
}

/** The document with `replace` applied to every text of its blocks and to its title and subject. */
const mapText = (spec: PdfDocumentSpec, replace: Replace): PdfDocumentSpec => ({
  ...spec,
  meta: { ...spec.meta, title: replace(spec.meta.title), subject: replace(spec.meta.subject), keywords: spec.meta.keywords.map(replace) },
  blocks: spec.blocks.map((b) => block(b, replace)),
});

/** The passages the office marked that do not occur in the document: a typo would leave the data in the published copy. */
export function passaggiAssenti(spec: PdfDocumentSpec, passaggi: readonly string[]): string[] {
  const found = new Set<string>();
  const patterns = passaggi.map((p) => [p, omissisPattern([p])] as const);
  mapText(spec, (text) => {
    for (const [p, re] of patterns) if (re && text.search(re) >= 0) found.add(p);
    return text;
  });
  return passaggi.filter((p) => !found.has(p));
}

/** The document with every occurrence of every passage, in every section, replaced by "omissis". */
export function applicaOmissis(spec: PdfDocumentSpec, passaggi: readonly string[]): PdfDocumentSpec {
  const re = omissisPattern(passaggi);
  return re ? mapText(spec, (text) => text.replace(re, OMISSIS)) : spec;
}

/** One text with the passages replaced by "omissis" (the publication's oggetto, as listed on the albo). */
export function omettiTesto(text: string, passaggi: readonly string[]): string {
  const re = omissisPattern(passaggi);
  return re ? text.replace(re, OMISSIS) : text;
}
