import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SEED_COMUNI } from '../../main/db/seed/comuni';
import { createPdfRenderer, UnsupportedCharactersError, type PdfDocumentSpec } from '../../main/pdf';
import { SAMPLE_ACCENTED_SENTENCE, SAMPLE_TITLE, sampleVerbaleSpec } from '../../main/pdf/sample/verbale-sample';
import { normalizeSpaces, pdfFonts, pdfInfo, pdfOutputIntents, pdfPagesText, pdfXmp, xmpValues } from '../helpers/pdf-text';

const renderer = createPdfRenderer({ fontsDir: path.resolve(__dirname, '../../assets/fonts') });

const STANDARD_14 = /^(Courier|Helvetica|Times|Symbol|ZapfDingbats)/;

/** A short document with the given metadata and blocks. */
const smallDocument = (blocks: PdfDocumentSpec['blocks'], title = 'Prova'): PdfDocumentSpec => ({
  meta: { title, subject: 'Prova del motore PDF', author: 'Ufficio di Piano', keywords: ['prova'], creationDate: new Date(Date.UTC(2024, 0, 2, 9, 30)) },
  blocks,
});

describe('PDF engine: a verbale with letterhead, presence table and several pages', () => {
  const spec = sampleVerbaleSpec({ agendaItems: 3 });
  let pdf: Buffer;
  let pages: string[];
  let info: Record<string, string>;

  beforeAll(async () => {
    pdf = await renderer.render(spec);
    pages = pdfPagesText(pdf);
    info = pdfInfo(pdf);
  });

  test('reads back the title, every comune and the accented sentence exactly', () => {
    const text = normalizeSpaces(pages.join('\n'));
    expect(text).toContain('VERBALE N. 06/2018');
    expect(text).toContain('Ambito Socio-Territoriale Lagonegrese Pollino');
    for (const comune of SEED_COMUNI) expect(text, comune.nome).toContain(comune.nome);
    expect(SEED_COMUNI).toHaveLength(27);
    expect(text).toContain(SAMPLE_ACCENTED_SENTENCE);
  });

  test('lists the 27 comuni in the presence table, one row each', () => {
    const lines = pages.join('\n').split('\n');
    for (const comune of SEED_COMUNI) {
      const row = new RegExp(`^\\s*${comune.nome}\\s{2,}.+\\s{2,}(Sindaco|Delegato).*\\s{2,}(Presente|Assente)`);
      expect(lines.filter((line) => row.test(line)), comune.nome).toHaveLength(1);
    }
  });

  test('every page ends with "Pagina N di M", M being the page count', () => {
    const pageCount = Number(info.Pages);
    expect(pageCount).toBeGreaterThanOrEqual(4);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, i) => expect(normalizeSpaces(page)).toMatch(new RegExp(`Verbale n\\. 06/2018 .* Pagina ${i + 1} di ${pageCount}$`)));
  });

  test('identifies itself as PDF/A-2b, with the sRGB output intent and its ICC profile', () => {
    const xmp = pdfXmp(pdf);
    expect(xmpValues(xmp, 'pdfaid:part')).toEqual(['2']);
    expect(xmpValues(xmp, 'pdfaid:conformance')).toEqual(['B']);
    expect(info['PDF version']).toBe('1.7');
    const [intent, ...others] = pdfOutputIntents(pdf);
    expect(others).toHaveLength(0);
    expect(intent!.subtype).toBe('GTS_PDFA1');
    expect(intent!.outputConditionIdentifier).toBe('sRGB IEC61966-2.1');
    // An ICC profile: 'acsp' signature at byte 36, RGB data colour space at byte 16.
    expect(intent!.iccProfile.toString('latin1', 36, 40)).toBe('acsp');
    expect(intent!.iccProfile.toString('latin1', 16, 20)).toBe('RGB ');
  });

  test('embeds every font (subsets of Titillium Web) and uses none of the standard 14', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      const baseName = font.name.replace(/^[A-Z]{6}\+/, '');
      expect(font, font.name).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
      expect(baseName).toMatch(/^TitilliumWeb-/);
      expect(baseName).not.toMatch(STANDARD_14);
    }
  });

  test('carries the same title, subject, author and keywords in Info and in XMP', () => {
    const { meta } = spec;
    expect(meta.title).toBe(SAMPLE_TITLE);
    expect(info).toMatchObject({ Title: meta.title, Subject: meta.subject, Author: meta.author, Keywords: meta.keywords.join(', ') });
    const xmp = pdfXmp(pdf);
    expect(xmpValues(xmp, 'dc:title')).toEqual([meta.title]);
    expect(xmpValues(xmp, 'dc:description')).toEqual([meta.subject]);
    expect(xmpValues(xmp, 'dc:creator')).toEqual([meta.author]);
    expect(xmpValues(xmp, 'pdf:Keywords')).toEqual([info.Keywords]);
    expect(xmpValues(xmp, 'dc:subject')).toEqual(meta.keywords);
    expect(xmpValues(xmp, 'dc:language')).toEqual(['it-IT']);
    expect(xmpValues(xmp, 'xmp:CreateDate')).toEqual(['2018-08-09T11:15:00Z']);
  });

  test('renders the same spec to the same bytes (dates and file ID come from the spec)', async () => {
    expect((await renderer.render(spec)).equals(pdf)).toBe(true);
  });
});

describe('PDF engine: edge cases', () => {
  test('a table spanning pages repeats its header on each of them', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Riga ${i + 1}`, `Valore ${i + 1}`]);
    const pdf = await renderer.render(smallDocument([{ type: 'table', columns: [{ header: 'Intestazione A' }, { header: 'Intestazione B' }], rows }]));
    const pages = pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/Intestazione A\s+Intestazione B/);
    const text = normalizeSpaces(pages.join('\n'));
    for (const [label] of rows) expect(text).toMatch(new RegExp(`${label} Valore`));
  });

  test('cuts a word longer than the line instead of letting it overflow', async () => {
    const code = 'ABCDEFGHIJ'.repeat(30);
    const pdf = await renderer.render(smallDocument([{ type: 'paragraph', text: `Codice: ${code} fine.` }]));
    const lines = pdfPagesText(pdf)[0]!.split('\n').filter((line) => /[A-J]{10}/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.map((line) => line.trim()).join('')).toContain(code);
  });

  test('writes metadata with XML special characters as valid, equal XMP', async () => {
    const title = 'Regolamento "UdP" & <allegati> – l’art. 6';
    const pdf = await renderer.render(smallDocument([{ type: 'paragraph', text: 'Testo.' }], title));
    expect(pdfInfo(pdf).Title).toBe(title);
    expect(xmpValues(pdfXmp(pdf), 'dc:title')).toEqual([title]);
  });

  test('refuses characters the font cannot show rather than drawing empty boxes', async () => {
    await expect(renderer.render(smallDocument([{ type: 'paragraph', text: 'Valore ≈ 3 ✓' }]))).rejects.toThrow(UnsupportedCharactersError);
    const pdf = await renderer.render(smallDocument([{ type: 'paragraph', text: 'Quorum ≥ 14; e\u0301 composta; parola\u00adspezzata' }]));
    expect(normalizeSpaces(pdfPagesText(pdf).join('\n'))).toContain('Quorum >= 14; é composta; parolaspezzata');
  });
});
