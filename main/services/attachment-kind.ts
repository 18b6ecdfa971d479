import { scanKind } from './scan';

/** Office documents come in two containers: ZIP (OOXML, OpenDocument) and OLE2 (the old .doc / .xls). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE: Record<string, { container: number[]; mime: string }> = {
  docx: { container: ZIP, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { container: ZIP, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { container: ZIP, mime: 'application/vnd.oasis.opendocument.text' },
  ods: { container: ZIP, mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  doc: { container: OLE2, mime: 'application/msword' },
  xls: { container: OLE2, mime: 'application/vnd.ms-excel' },
};
const startsWith = (bytes: Buffer, magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);

/**
 * The kind of an allegato from its first bytes: PDF and images by their own signature, office documents by their
 * container, the name's extension telling which document the container holds. Null for anything else (an .exe…).
 */
export function attachmentKind(bytes: Buffer, fileName: string): { ext: string; mime: string } | null {
  const scan = scanKind(bytes);
  if (scan) return scan;
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const office = OFFICE[ext];
  return office && startsWith(bytes, office.container) ? { ext, mime: office.mime } : null;
}

const SCAN_LABELS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/tiff': 'TIFF' };
/** The type as people name it: PDF, DOCX, JPEG… */
export const attachmentLabel = (mime: string): string =>
  SCAN_LABELS[mime] ?? Object.entries(OFFICE).find(([, k]) => k.mime === mime)?.[0].toUpperCase() ?? mime;
