import JSZip from 'jszip';

export interface ZipEntry {
  /** Path inside the archive ('/' separates folders); stored as UTF-8 with the language-encoding flag. */
  name: string;
  data: Buffer | Uint8Array | string;
}

/** DOS time cannot go below 1980; a fixed stamp keeps two exports of the same entries byte-identical. */
const FIXED_ZIP_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/**
 * A ZIP whose bytes depend only on the entries and their order: fixed file dates (jszip writes them in UTC),
 * no implicit folder entries, DOS platform attributes, DEFLATE at a fixed level. Duplicate names are a
 * programming error, since the second entry would silently replace the first.
 */
export async function deterministicZip(entries: readonly ZipEntry[], date: Date = FIXED_ZIP_DATE): Promise<Buffer> {
  const zip = new JSZip();
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) throw new Error(`Duplicate ZIP entry: ${entry.name}`);
    seen.add(entry.name);
    zip.file(entry.name, entry.data, { date, createFolders: false, binary: typeof entry.data !== 'string' });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    platform: 'DOS',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
