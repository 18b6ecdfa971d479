import { describe, expect, test } from 'vitest';
import { letteraAllegato } from '../../shared/domain/allegato';
import { formatDimensione } from '../../shared/italian/format';
import { attachmentKind, attachmentLabel } from '../../main/services/attachment-kind';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);

describe('attachmentKind: by the first bytes, the name telling only which office document a container holds', () => {
  test.each([
    ['piano.pdf', Buffer.from('%PDF-1.7\n'), 'PDF'],
    ['scansione.PDF', Buffer.from('%PDF-1.4\n'), 'PDF'],
    ['foto.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), 'JPEG'],
    ['mappa.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), 'PNG'],
    ['atto.tif', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08]), 'TIFF'],
    ['convenzione.docx', ZIP, 'DOCX'],
    ['bilancio.xlsx', ZIP, 'XLSX'],
    ['relazione.odt', ZIP, 'ODT'],
    ['tabella.ods', ZIP, 'ODS'],
    ['vecchia.doc', OLE2, 'DOC'],
    ['vecchio.xls', OLE2, 'XLS'],
  ])('%s → %s', (name, bytes, label) => {
    expect(attachmentLabel(attachmentKind(bytes, name)!.mime)).toBe(label);
  });

  test.each([
    ['setup.exe', Buffer.from('MZ\x90\x00\x03')],
    ['setup.docx', Buffer.from('MZ\x90\x00\x03')], // the name lies: not a ZIP
    ['archivio.zip', ZIP], // a ZIP that is no office document
    ['vecchia.docx', OLE2], // wrong container for the extension
    ['vuoto.pdf', Buffer.from('%PDF-')], // only the signature
  ])('%s is refused', (name, bytes) => {
    expect(attachmentKind(bytes, name)).toBeNull();
  });
});

test('letters and sizes as the verbale prints them', () => {
  expect([0, 1, 25, 26, 27, 51, 52].map(letteraAllegato)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  expect([812, 3000, 1_258_291, 40 * 1024 * 1024].map(formatDimensione)).toEqual(['812 byte', '3 kB', '1,2 MB', '40,0 MB']);
});
