// What the open-in-viewer channel hands to the system: the renderer names a document (a file-producing channel and its
// input), main produces it again through the backend and writes the bytes under a name and extension it chooses.
// A compromised page can therefore never make the shell open a file of its own making, or an executable.
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { channels, isChannel, type Channel } from '../../shared/contract/channels';
import { fileOutSchema } from '../../shared/domain/verbale';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend';

/** The only extensions main writes, by the MIME type the backend declared; anything else is not opened. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'application/pkcs7-mime': '.p7m',
  'message/rfc822': '.eml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

const NOT_OPENABLE: Result<never> = { ok: false, error: { code: 'VALIDATION', message: 'Documento non apribile.' } };

/** A channel that only reads and answers with a file (its output has `mime` and `base64`). */
export function isFileChannel(name: unknown): name is Channel {
  if (!isChannel(name)) return false;
  const def = channels[name];
  const output: z.ZodType = def.output;
  return !('mutates' in def) && output instanceof z.ZodObject && 'base64' in output.shape && 'mime' in output.shape;
}

const referenceSchema = z.object({ channel: z.string().max(100).refine(isFileChannel), input: z.unknown() }).strict();

/** A file name safe on every system: letters, digits, dash and underscore, without the extension the backend gave. */
export const safeBaseName = (name: string): string =>
  path.basename(name, path.extname(name)).replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 100) || 'documento';

/**
 * Produces the referenced document through the backend (which validates the input again) and writes it in `dir`.
 * Returns the file's path.
 */
export async function writeReferencedDocument(backend: Pick<Backend, 'handle'>, reference: unknown, dir: string): Promise<Result<string>> {
  const parsed = referenceSchema.safeParse(reference);
  if (!parsed.success) return NOT_OPENABLE;
  const result = await backend.handle(parsed.data.channel, parsed.data.input);
  if (!result.ok) return result;
  const file = fileOutSchema.parse(result.value);
  const extension = EXTENSIONS[file.mime];
  if (!extension) return NOT_OPENABLE;
  const target = path.join(dir, safeBaseName(file.nomeFile) + extension);
  await fs.writeFile(target, Buffer.from(file.base64, 'base64'), { flag: 'wx' });
  return { ok: true, value: target };
}
