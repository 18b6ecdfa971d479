// What a file really is, from its first bytes, so a renamed file is refused with the right reason.

const SIGNATURES: ReadonlyArray<{ kind: 'zip' | 'pdf' | 'ole' | 'rtf'; magic: Buffer; description: string }> = [
  { kind: 'zip', magic: Buffer.from('PK\x03\x04', 'latin1'), description: 'un archivio ZIP' },
  { kind: 'pdf', magic: Buffer.from('%PDF-', 'latin1'), description: 'un PDF' },
  { kind: 'ole', magic: Buffer.from('d0cf11e0a1b11ae1', 'hex'), description: 'un documento Office 97-2003 (.doc, .xls…)' },
  { kind: 'rtf', magic: Buffer.from('{\\rtf', 'latin1'), description: 'un documento RTF' },
];

export type Signature = (typeof SIGNATURES)[number];

export const signatureOf = (bytes: Buffer): Signature | undefined =>
  SIGNATURES.find(({ magic }) => bytes.subarray(0, magic.length).equals(magic));

/** Control characters other than tab, line breaks and form feed. */
const isControl = (byte: number): boolean => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;

/** A NUL byte never occurs in 8-bit text; a few other control bytes may (stray pasted characters), many may not. */
export function looksBinary(bytes: Buffer): boolean {
  if (bytes.includes(0)) return true;
  let controls = 0;
  for (const byte of bytes) if (isControl(byte)) controls++;
  return controls > bytes.length / 100;
}

/** "un PDF", "testo semplice"…: how a refusal names what the file turned out to be. */
export const describeContent = (bytes: Buffer): string =>
  signatureOf(bytes)?.description ?? (looksBinary(bytes) ? 'un file binario di tipo sconosciuto' : 'testo semplice');
