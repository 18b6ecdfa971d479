import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { shell } from 'electron';
import { fileOutSchema } from '../../shared/domain/verbale';
import type { Result } from '../../shared/result';

const VIEWABLE = new Set(['application/pdf', 'application/pkcs7-mime']);

/** A file name safe on every system: letters, digits, dot, dash and underscore only. */
export const safeFileName = (name: string): string => path.basename(name).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120) || 'documento.pdf';

/** Writes a generated document to a temporary folder and opens it with the system's viewer, to print it. */
export async function openInSystemViewer(file: unknown): Promise<Result<null>> {
  const parsed = fileOutSchema.safeParse(file);
  if (!parsed.success || !VIEWABLE.has(parsed.data.mime)) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Documento non apribile.' } };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'conferenza-stampa-'));
  const target = path.join(dir, safeFileName(parsed.data.nomeFile));
  await fs.writeFile(target, Buffer.from(parsed.data.base64, 'base64'));
  const failure = await shell.openPath(target);
  return failure
    ? { ok: false, error: { code: 'INTERNAL', message: `Il visualizzatore di sistema non si è aperto: ${failure}` } }
    : { ok: true, value: null };
}
