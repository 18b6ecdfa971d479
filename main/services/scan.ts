/** The kinds of file accepted as the scan of a paper original, recognised by their first bytes (not by the name). */
const KINDS = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], ext: 'pdf', mime: 'application/pdf' },
  { magic: [0xff, 0xd8, 0xff], ext: 'jpg', mime: 'image/jpeg' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ext: 'png', mime: 'image/png' },
  { magic: [0x49, 0x49, 0x2a, 0x00], ext: 'tif', mime: 'image/tiff' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], ext: 'tif', mime: 'image/tiff' },
] as const;

export function scanKind(bytes: Buffer): { ext: string; mime: string } | null {
  const kind = KINDS.find((k) => bytes.length > k.magic.length && k.magic.every((b, i) => bytes[i] === b));
  return kind ? { ext: kind.ext, mime: kind.mime } : null;
}
