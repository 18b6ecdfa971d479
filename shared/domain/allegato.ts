import { z } from 'zod';
import { id, requiredText } from './fields';
import { uploadedFile } from './verbale';

/** What an allegato belongs to: an agenda item, a verbale or a regolamento version. */
export const allegatoOwnerSchema = z.object({ tipo: z.enum(['punto', 'verbale', 'versione']), id }).strict();
export type AllegatoOwner = z.infer<typeof allegatoOwnerSchema>;

export const allegatoAggiungiSchema = z
  .object({
    owner: allegatoOwnerSchema,
    descrizione: requiredText('Descrizione', 300),
    ...uploadedFile,
    /** The scan of the paper original of a historic verbale. */
    copiaCartacea: z.boolean().default(false),
  })
  .strict();

export const allegatoSchema = z.object({
  id: z.number().int(),
  /** A, B, C… in the order they were added to their act. */
  lettera: z.string(),
  descrizione: z.string(),
  nomeFile: z.string(),
  mime: z.string(),
  /** Short type for people: PDF, DOCX, JPEG… */
  tipo: z.string(),
  dimensione: z.number().int(),
  sha256: z.string(),
  copiaCartacea: z.boolean(),
  aggiuntoIl: z.string(),
});
export type Allegato = z.infer<typeof allegatoSchema>;

export const allegatiElencoSchema = z.object({
  allegati: z.array(allegatoSchema),
  /** What may be added now: any file, only the scan of the paper original (historic verbale), or nothing. */
  aggiunta: z.enum(['libera', 'copia_cartacea', 'chiusa']),
  /** Why the act is closed to changes, in Italian (when aggiunta is not 'libera'). */
  motivo: z.string().nullable(),
});
export type AllegatiElenco = z.infer<typeof allegatiElencoSchema>;

/** A, B, … Z, then AA, AB…: the allegato's letter from its place (0-based) among those of its act. */
export function letteraAllegato(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : letteraAllegato(Math.floor(index / 26) - 1) + letter;
}
