import type { ExtractedText } from './extracted-text';
import { notWhatItClaims } from './refusal';
import { describeContent, looksBinary, signatureOf } from './sniff';
import { decodeWindows1252 } from './windows-1252';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Windows Notepad's "Unicode" is UTF-16 with a byte order mark; its NUL bytes must not read as binary. */
const UTF16_BOMS = [
  { bom: Buffer.from([0xff, 0xfe]), encoding: 'utf-16le' },
  { bom: Buffer.from([0xfe, 0xff]), encoding: 'utf-16be' },
] as const;

const startsWith = (bytes: Buffer, prefix: Buffer): boolean => bytes.subarray(0, prefix.length).equals(prefix);

const ANSI_WARNING =
  'Il file non è in UTF-8: è stato letto come Windows-1252 (ANSI). Controllare le lettere accentate e le virgolette.';

/**
 * UTF-8 (with or without BOM) as today's editors save; otherwise Windows-1252, what older
 * Windows programs save Italian text in, with a warning to check the accents.
 */
export async function readTxt(bytes: Buffer, fileName: string): Promise<ExtractedText> {
  const utf16 = UTF16_BOMS.find(({ bom }) => startsWith(bytes, bom));
  if (utf16) return { text: new TextDecoder(utf16.encoding).decode(bytes), avvisi: [] };
  if (signatureOf(bytes) || looksBinary(bytes)) throw notWhatItClaims(fileName, 'txt', describeContent(bytes));

  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), avvisi: [] };
  } catch {
    return { text: decodeWindows1252(body), avvisi: [ANSI_WARNING] };
  }
}
