import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { shell } from 'electron';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend';
import { writeReferencedDocument } from './document-file';

/** Writes the referenced document to a fresh temporary folder and opens it with the system's viewer, to print it. */
export const openInSystemViewer =
  (backend: Pick<Backend, 'handle'>) =>
  async (reference: unknown): Promise<Result<null>> => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'conferenza-stampa-'));
    const written = await writeReferencedDocument(backend, reference, dir);
    if (!written.ok) return written;
    const failure = await shell.openPath(written.value);
    return failure
      ? { ok: false, error: { code: 'INTERNAL', message: `Il visualizzatore di sistema non si è aperto: ${failure}` } }
      : { ok: true, value: null };
  };
