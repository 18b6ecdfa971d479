// Decompression bombs and article floods, built here: the import refuses them, saying why, in bounded time and memory.
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { importRegolamento } from '../../main/import';
import { MAX_ENTRIES, MAX_TEXT_PART_BYTES } from '../../main/import/zip-limits';
import { MAX_ARTICOLI } from '../../shared/domain/regolamento';
import { buildOdt, ODT_MIMETYPE } from '../helpers/office-fixtures';

interface BombEntry {
  name: string;
  /** The entry inflates to `chunk` repeated `times`: 300 MB never sits in memory at once. */
  chunk: string;
  times?: number;
  /** Written in the headers instead of the real size: a directory that lies. */
  declaredSize?: number;
}

/** Deflates the repeated chunk as a stream, about 1 MB at a time. */
async function deflateRepeated(chunk: Buffer, times: number): Promise<{ data: Buffer; crc: number }> {
  const perBlock = Math.max(1, Math.min(times, Math.floor(MB / chunk.length)));
  const block = Buffer.concat(Array.from({ length: perBlock }, () => chunk));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (piece: Buffer) => out.push(piece));
  let crc = 0;
  for (let left = times; left > 0; left -= perBlock) {
    const piece = left >= perBlock ? block : block.subarray(0, left * chunk.length);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { data: Buffer.concat(out), crc };
}

/** A ZIP written by hand (local headers, central directory, end record), as a bomb's author would. */
async function zipBomb(entries: readonly BombEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const chunk = Buffer.from(entry.chunk, 'utf8');
    const times = entry.times ?? 1;
    const { data, crc } = await deflateRepeated(chunk, times);
    const size = entry.declaredSize ?? chunk.length * times;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MB = 1024 * 1024;
const DOCX_PARTS: BombEntry[] = [
  { name: '[Content_Types].xml', chunk: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
];
const ODT_PARTS: BombEntry[] = [{ name: 'mimetype', chunk: ODT_MIMETYPE }];

/** Runs the import and returns the refusal's message, with how long it took and how much the heap grew. */
async function refusal(fileName: string, bytes: Buffer): Promise<{ message: string; ms: number; heapMb: number }> {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const error: unknown = await importRegolamento({ fileName, bytes }).then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  expect(error).toMatchObject({ code: 'VALIDATION' });
  return { message: (error as Error).message, ms, heapMb: (process.memoryUsage().heapUsed - heapBefore) / MB };
}

describe('import: decompression bombs are refused before inflating', () => {
  test('a 1 MB .docx inflating to 300 MB', async () => {
    const bytes = await zipBomb([
      ...DOCX_PARTS,
      { name: 'word/document.xml', chunk: '<w:p><w:r><w:t>Art. 1</w:t></w:r></w:p>'.padEnd(1024, ' '), times: 300 * 1024 },
    ]);
    expect(bytes.length).toBeLessThan(1.5 * MB);
    const { message, ms, heapMb } = await refusal('bomba.docx', bytes);
    expect(message).toBe(
      'Il file «bomba.docx» una volta decompresso occuperebbe 300 MB, oltre il limite di 50 MB per un regolamento: ' +
        'non è stato aperto. Salvarlo senza immagini o oggetti incorporati e riprovare.',
    );
    expect(ms).toBeLessThan(500);
    expect(heapMb).toBeLessThan(50);
  });

  test('a 1 MB .odt of 17 million tiny paragraphs (inflating to 400 MB)', async () => {
    const bytes = await zipBomb([...ODT_PARTS, { name: 'content.xml', chunk: '<text:p>Art. 1</text:p>'.repeat(44), times: 400 * 1024 }]);
    expect(bytes.length).toBeLessThan(1.5 * MB);
    const { message, ms } = await refusal('bomba.odt', bytes);
    expect(message).toMatch(/^Il file «bomba\.odt» una volta decompresso occuperebbe 39\d MB, oltre il limite di 50 MB/);
    expect(ms).toBeLessThan(500);
  });

  test('a directory that declares small sizes for a part that inflates to 300 MB', async () => {
    const bytes = await zipBomb([
      ...DOCX_PARTS,
      { name: 'word/document.xml', chunk: ' '.repeat(1024), times: 300 * 1024, declaredSize: 4096 },
    ]);
    const { message, ms, heapMb } = await refusal('finto.docx', bytes);
    expect(message).toBe(
      'Il file «finto.docx» è danneggiato o costruito ad arte: una sua parte decompressa è più grande di quanto dichiara. Non è stato aperto.',
    );
    expect(ms).toBeLessThan(500);
    expect(heapMb).toBeLessThan(50);
  });

  test(`a package of more than ${MAX_ENTRIES} parts`, async () => {
    const parts = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ name: `word/media/p${i}.xml`, chunk: 'x' }));
    const { message } = await refusal('parti.docx', await zipBomb([...DOCX_PARTS, ...parts]));
    expect(message).toBe(`Il file «parti.docx» contiene ${MAX_ENTRIES + 2} parti, oltre il limite di ${MAX_ENTRIES} per un regolamento: non è stato aperto.`);
  });
});

describe('import: the number of articles is capped', () => {
  test(`an .odt of ${MAX_ARTICOLI + 1} articles is refused, saying why`, async () => {
    const paragraphs = Array.from({ length: MAX_ARTICOLI + 1 }, (_, i) => `Art. ${i + 1}`);
    const { message } = await refusal('lungo.odt', await buildOdt(paragraphs));
    expect(message).toBe(
      `Il documento contiene ${MAX_ARTICOLI + 1} articoli, oltre il limite di ${MAX_ARTICOLI} per un regolamento: non è stato importato. ` +
        'Controllare che sia il testo di un solo regolamento.',
    );
  });

  test(`${MAX_ARTICOLI} articles are still imported`, async () => {
    const paragraphs = Array.from({ length: MAX_ARTICOLI }, (_, i) => `Art. ${i + 1}\nTesto.`);
    const result = await importRegolamento({ fileName: 'r.odt', bytes: await buildOdt(paragraphs) });
    expect(result.articoli).toHaveLength(MAX_ARTICOLI);
  });

  test('an .odt just under the text limit, of 600 000 tiny article headings, is refused at the limit, without reading the rest', async () => {
    const chunk = '<text:p>Art. 1</text:p>';
    const times = Math.floor((MAX_TEXT_PART_BYTES - 1024) / chunk.length);
    const bytes = await zipBomb([...ODT_PARTS, { name: 'content.xml', chunk, times }]);
    const { message, ms } = await refusal('fitto.odt', bytes);
    expect(message).toBe('Il documento contiene più di 100.000 paragrafi, oltre il limite per un regolamento: non è stato importato.');
    expect(ms).toBeLessThan(3_000);
  });

  test('a .txt of 200 000 lines is refused, saying why', async () => {
    const { message, ms } = await refusal('righe.txt', Buffer.from('Art. 1\n'.repeat(200_000), 'utf8'));
    expect(message).toBe('Il documento contiene più di 100.000 paragrafi, oltre il limite per un regolamento: non è stato importato.');
    expect(ms).toBeLessThan(1_000);
  });
});

test('a .docx whose text part alone is above its limit is refused before inflating', async () => {
  const bytes = await zipBomb([...DOCX_PARTS, { name: 'word/document.xml', chunk: ' '.repeat(1024), times: 20 * 1024 }]);
  const { message, ms } = await refusal('testo.docx', bytes);
  expect(message).toBe('Il testo del file «testo.docx» occuperebbe 20 MB, oltre il limite di 16 MB per un regolamento: non è stato aperto.');
  expect(ms).toBeLessThan(200);
});
