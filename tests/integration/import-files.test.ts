import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { ImportRefusal, importRegolamento, type ImportResult } from '../../main/import';
import { AppFailure } from '../../main/errors';
import {
  buildDocx,
  buildOdt,
  docxFootnoteReference,
  docxFromBodyXml,
  docxParagraph,
  ODT_MIMETYPE,
  odtFromBodyXml,
  zipOf,
  type Paragraph,
} from '../helpers/office-fixtures';

// A regolamento as staff type it: typographic quotes, accents, headings in every style, a
// heading split across runs (bold number), a title on its own line, a manual line break.
const PARAGRAPHS: Paragraph[] = [
  'Regolamento di funzionamento dell’Ufficio di Piano',
  'Approvato con verbale n. 06/2018 del 09/08/2018.',
  ['Art. 1 – ', 'Oggetto e finalità'],
  "1. Il presente regolamento disciplina l’organizzazione dell’Ufficio di Piano, ai sensi dell'art. 6 della Convenzione.",
  '2. L’Ufficio opera per la «comunità» dell’Ambito.',
  'Articolo 2 - Città e «comunità»',
  'Le città dell’Ambito — quindici comuni — partecipano “in forma associata”.',
  'ART. 3',
  'Composizione',
  "La composizione è stabilita come previsto dall'articolo 2.",
  'ART. 3 bis',
  'Il Coordinatore è nominato dalla Conferenza.',
  'Art.4 (Norme finali)',
  'Il regolamento si applica dal giorno successivo.\nSeconda riga dopo un a capo manuale.',
];

const EXPECTED: Omit<ImportResult, 'formato'> = {
  titolo: 'Regolamento di funzionamento dell’Ufficio di Piano',
  preambolo: 'Approvato con verbale n. 06/2018 del 09/08/2018.',
  articoli: [
    {
      numero: '1',
      rubrica: 'Oggetto e finalità',
      testo:
        "1. Il presente regolamento disciplina l’organizzazione dell’Ufficio di Piano, ai sensi dell'art. 6 della Convenzione.\n2. L’Ufficio opera per la «comunità» dell’Ambito.",
    },
    { numero: '2', rubrica: 'Città e «comunità»', testo: 'Le città dell’Ambito — quindici comuni — partecipano “in forma associata”.' },
    { numero: '3', rubrica: 'Composizione', testo: "La composizione è stabilita come previsto dall'articolo 2." },
    { numero: '3-bis', rubrica: '', testo: 'Il Coordinatore è nominato dalla Conferenza.' },
    { numero: '4', rubrica: 'Norme finali', testo: 'Il regolamento si applica dal giorno successivo.\nSeconda riga dopo un a capo manuale.' },
  ],
  avvisi: [],
};

const plainText = (paragraphs: readonly Paragraph[]): string => paragraphs.map((p) => (typeof p === 'string' ? p : p.join(''))).join('\n');

const BUILDERS = {
  docx: buildDocx,
  odt: buildOdt,
  txt: async (paragraphs: readonly Paragraph[]) => Buffer.from(plainText(paragraphs), 'utf8'),
};

describe('importRegolamento: the same regolamento from each format', () => {
  test.each(['docx', 'odt', 'txt'] as const)('.%s', async (formato) => {
    const bytes = await BUILDERS[formato](PARAGRAPHS);
    expect(await importRegolamento({ fileName: `Regolamento UdP.${formato.toUpperCase()}`, bytes })).toEqual({ formato, ...EXPECTED });
  });

  test('the .docx fixture is a real Word document: mammoth reads it', async () => {
    const { value, messages } = await mammoth.extractRawText({ buffer: await buildDocx(PARAGRAPHS) });
    expect(messages).toEqual([]);
    expect(value).toContain('Art. 1 – Oggetto e finalità');
    expect(value).toContain('Le città dell’Ambito — quindici comuni — partecipano “in forma associata”.');
  });
});

const articoliOf = async (fileName: string, bytes: Buffer) => (await importRegolamento({ fileName, bytes })).articoli;

describe('importRegolamento: .odt content', () => {
  test('spaces, tabs, line breaks, entities, spans, headings, lists and tables', async () => {
    const bytes = await odtFromBodyXml(
      [
        '<text:h text:outline-level="2">Art. 1 &#8211; <text:span text:style-name="B">Oggetto</text:span></text:h>',
        '<text:p>Uno<text:s text:c="3"/>spazi,<text:tab/>tab,<text:line-break/>a capo &amp; &lt;entità&gt; &#x201C;virgolette&#x201D;.</text:p>',
        '<text:p>\n   Spazi   del\n  markup   contano   uno.  </text:p>',
        '<text:p/>',
        '<text:list><text:list-item><text:p>a) voce di elenco;</text:p></text:list-item></text:list>',
        '<table:table><table:table-row><table:table-cell><text:p>Cella</text:p></table:table-cell></table:table-row></table:table>',
      ].join(''),
    );
    expect(await articoliOf('r.odt', bytes)).toEqual([
      {
        numero: '1',
        rubrica: 'Oggetto',
        testo: 'Uno   spazi,\ttab,\na capo & <entità> “virgolette”.\nSpazi del markup contano uno.\na) voce di elenco;\nCella',
      },
    ]);
  });

  test('comments, deleted tracked changes, image descriptions and the table of contents are not text', async () => {
    const bytes = await odtFromBodyXml(
      [
        '<text:tracked-changes><text:changed-region><text:deletion><text:p>Art. 9 – Cancellato</text:p></text:deletion></text:changed-region></text:tracked-changes>',
        '<text:table-of-content><text:index-body><text:p>Art. 1 – Oggetto<text:tab/>1</text:p></text:index-body></text:table-of-content>',
        '<text:p>Art. 1 – Oggetto</text:p>',
        '<text:p>Testo<office:annotation><dc:creator>Rossi</dc:creator><text:p>Da rivedere</text:p></office:annotation> definitivo.</text:p>',
        '<text:p><draw:frame><svg:title>Logo</svg:title><svg:desc>Stemma</svg:desc></draw:frame>Dopo l’immagine.</text:p>',
      ].join(''),
    );
    const result = await importRegolamento({ fileName: 'r.odt', bytes });
    expect(result.articoli).toEqual([{ numero: '1', rubrica: 'Oggetto', testo: 'Testo definitivo.\nDopo l’immagine.' }]);
    expect(result.avvisi).toEqual([]);
  });

  test('footnotes are left out, with a note', async () => {
    const note = '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Nota.</text:p></text:note-body></text:note>';
    const bytes = await odtFromBodyXml(`<text:p>Art. 1 – Oggetto</text:p><text:p>Testo${note} con nota.</text:p>`);
    const result = await importRegolamento({ fileName: 'r.odt', bytes });
    expect(result.articoli[0]!.testo).toBe('Testo con nota.');
    expect(result.avvisi).toEqual(['Una nota a piè di pagina non è stata importata.']);
  });
});

describe('importRegolamento: .docx content', () => {
  test('footnotes are left out, with a note', async () => {
    const body = `${docxParagraph('Art. 1 – Oggetto')}<w:p><w:r><w:t>Testo con nota.</w:t></w:r>${docxFootnoteReference(1)}</w:p>`;
    const result = await importRegolamento({ fileName: 'r.docx', bytes: await docxFromBodyXml(body, { 1: 'Il testo della nota.' }) });
    expect(result.articoli).toEqual([{ numero: '1', rubrica: 'Oggetto', testo: 'Testo con nota.' }]);
    expect(result.avvisi).toEqual(['Una nota a piè di pagina non è stata importata.']);
  });

  test('tabs and table cells', async () => {
    const table = `<w:tbl><w:tr><w:tc>${docxParagraph('Cella uno')}</w:tc><w:tc>${docxParagraph('Cella due')}</w:tc></w:tr></w:tbl>`;
    const bytes = await docxFromBodyXml(`${docxParagraph('Art. 1 – Oggetto')}${docxParagraph('a)\tprima voce;')}${table}`);
    expect(await articoliOf('r.docx', bytes)).toEqual([{ numero: '1', rubrica: 'Oggetto', testo: 'a)\tprima voce;\nCella uno\nCella due' }]);
  });
});

describe('importRegolamento: .txt encodings', () => {
  const TEXT = 'Art. 1 – Finalità\r\nLa «città» è “servita”.\r\n';
  const ARTICOLI = [{ numero: '1', rubrica: 'Finalità', testo: 'La «città» è “servita”.' }];

  test.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16 LE with BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ])('%s', async (_label, bytes) => {
    expect(await importRegolamento({ fileName: 'r.txt', bytes })).toEqual({ formato: 'txt', preambolo: '', articoli: ARTICOLI, avvisi: [] });
  });

  test('Windows-1252 when the bytes are not UTF-8, with a warning', async () => {
    // – « » “ ” à è are single bytes in Windows-1252.
    const bytes = Buffer.from([...'Art. 1 \x96 Finalit\xe0\r\nLa \xabcitt\xe0\xbb \xe8 \x93servita\x94.\r\n'].map((c) => c.charCodeAt(0)));
    const result = await importRegolamento({ fileName: 'r.txt', bytes });
    expect(result.articoli).toEqual(ARTICOLI);
    expect(result.avvisi).toEqual(['Il file non è in UTF-8: è stato letto come Windows-1252 (ANSI). Controllare le lettere accentate e le virgolette.']);
  });
});

describe('importRegolamento: refusals', () => {
  const NO_ARTICLES = 'Nel documento non sono stati trovati articoli (intestazioni come «Art. 1» o «Articolo 1 – Titolo»).';
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  test.each<[string, string, () => Promise<Buffer> | Buffer, string]>([
    ['a .docx that is really text', 'r.docx', () => utf8('Art. 1 – Oggetto\nTesto.'), 'Il file «r.docx» non è un documento Word (.docx): il contenuto è testo semplice.'],
    ['a .docx that is really an .odt', 'r.docx', () => buildOdt(['Art. 1']), 'Il file «r.docx» non è un documento Word (.docx): il contenuto è un documento OpenDocument (.odt).'],
    ['a .docx that is really a PDF', 'r.docx', () => utf8('%PDF-1.7\n...'), 'Il file «r.docx» non è un documento Word (.docx): il contenuto è un PDF.'],
    [
      'a .docx that is really a Word 97-2003 file',
      'r.docx',
      () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]),
      'Il file «r.docx» non è un documento Word (.docx): il contenuto è un documento Office 97-2003 (.doc, .xls…).',
    ],
    ['a damaged .docx', 'r.docx', () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 7)]), 'Il file «r.docx» è danneggiato o illeggibile.'],
    ['a .docx without text', 'r.docx', () => docxFromBodyXml('<w:p/>'), 'Il file «r.docx» non contiene testo.'],
    ['an .odt that is a random zip', 'r.odt', () => zipOf({ 'dati.csv': 'a;b\n1;2' }), 'Il file «r.odt» non è un documento di testo OpenDocument (.odt): il contenuto è un archivio ZIP che non contiene un documento di testo.'],
    [
      'an .odt without content.xml',
      'r.odt',
      () => zipOf({ mimetype: ODT_MIMETYPE }),
      'Il file «r.odt» non è un documento di testo OpenDocument (.odt): il contenuto è un documento OpenDocument danneggiato (manca content.xml).',
    ],
    ['an .odt that is really a .docx', 'r.odt', () => buildDocx(['Art. 1']), 'Il file «r.odt» non è un documento di testo OpenDocument (.odt): il contenuto è un documento Word (.docx).'],
    [
      'an .odt that is really a spreadsheet',
      'r.odt',
      () => odtFromBodyXml('', 'application/vnd.oasis.opendocument.spreadsheet'),
      'Il file «r.odt» non è un documento di testo OpenDocument (.odt): il contenuto è un documento OpenDocument di altro tipo (application/vnd.oasis.opendocument.spreadsheet).',
    ],
    ['a .txt that is binary (NUL bytes)', 'r.txt', () => Buffer.from([0x41, 0x72, 0x74, 0x00, 0x01, 0x02, 0xff]), 'Il file «r.txt» non è un file di testo: il contenuto è un file binario di tipo sconosciuto.'],
    ['a .txt that is really a zip', 'r.txt', () => zipOf({ 'a.txt': 'Art. 1' }), 'Il file «r.txt» non è un file di testo: il contenuto è un archivio ZIP.'],
    ['a .doc', 'Regolamento.doc', () => utf8('x'), 'I file .doc (Word 97-2003) non sono supportati: salvarlo come .docx o .odt.'],
    ['a .pdf', 'Regolamento.PDF', () => utf8('%PDF-1.7'), 'I file .pdf non sono supportati: importare il documento da cui è stato prodotto (sono accettati file .docx, .odt e .txt).'],
    ['another extension', 'tabella.xlsx', () => utf8('x'), 'I file .xlsx non sono supportati: sono accettati file .docx, .odt e .txt.'],
    ['no extension', 'regolamento', () => utf8('Art. 1'), 'Il file «regolamento» non ha estensione: sono accettati file .docx, .odt e .txt.'],
    ['an empty .docx', 'r.docx', () => Buffer.alloc(0), 'Il file «r.docx» è vuoto.'],
    ['an empty .odt', 'r.odt', () => Buffer.alloc(0), 'Il file «r.odt» è vuoto.'],
    ['an empty .txt', 'r.txt', () => Buffer.alloc(0), 'Il file «r.txt» è vuoto.'],
    ['a .txt of blank lines', 'r.txt', () => utf8(' \n\t\n'), 'Il file «r.txt» non contiene testo.'],
    ['a .txt without articles', 'r.txt', () => utf8("Verbale della seduta.\nSi richiama l'art. 6 del regolamento."), NO_ARTICLES],
    ['a .docx without articles', 'r.docx', () => buildDocx(['Convocazione', "Ai sensi dell'articolo 3 la seduta è convocata."]), NO_ARTICLES],
    ['an .odt without articles', 'r.odt', () => buildOdt(['Solo testo.']), NO_ARTICLES],
  ])('%s', async (_label, fileName, bytes, message) => {
    const attempt = importRegolamento({ fileName, bytes: await bytes() });
    await expect(attempt).rejects.toThrow(ImportRefusal);
    await expect(attempt).rejects.toMatchObject({ message, code: 'VALIDATION' });
  });

  test('a refusal is an AppFailure, so dispatch reports it as a validation error', () => {
    expect(new ImportRefusal('x').toAppError()).toEqual({ code: 'VALIDATION', message: 'x' });
    expect(new ImportRefusal('x')).toBeInstanceOf(AppFailure);
  });
});
