import { z } from 'zod';

/** The archive's state at start: the renderer shows a banner unless it is "integro". */
export const condizioneArchivioSchema = z.enum(['integro', 'sola_lettura', 'danneggiato']);

/** A copy in the data folder's copie/: automatic (daily, before a migration), kept aside at a restore, or saved. */
export const copiaSchema = z.object({
  nome: z.string(),
  tipo: z.enum(['giornaliera', 'prima-migrazione', 'prima-del-ripristino', 'copia']),
  /** Italian calendar date the copy was taken, from its name. */
  data: z.string(),
  dimensione: z.number().int().nonnegative(),
});
export type Copia = z.infer<typeof copiaSchema>;

export const statoArchivioSchema = z.object({
  condizione: condizioneArchivioSchema,
  /** One Italian sentence saying what is wrong; null when the archive is sound. */
  motivo: z.string().nullable(),
  /** The newest copy that could replace a damaged archive. */
  ultimaCopia: copiaSchema.nullable(),
  operazioneInCorso: z.string().nullable(),
  /** Where "Salva una copia" writes: a folder the user picks (desktop app) or the data folder's copie/ (preview). */
  destinazione: z.enum(['scelta', 'copie']),
  /** The shell can bring in a copy from another folder (desktop app). */
  importazione: z.boolean(),
});
export type StatoArchivio = z.infer<typeof statoArchivioSchema>;

/** What a copy holds, and whether it passed every check (or why it is refused). */
export const ispezioneSchema = z.object({
  nome: z.string(),
  dimensione: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nullable(),
  sedute: z.number().int().nullable(),
  verbali: z.number().int().nullable(),
  regolamenti: z.number().int().nullable(),
  /** When the archive last changed (its newest log entry), ISO instant. */
  ultimaModifica: z.string().nullable(),
  valida: z.boolean(),
  motivo: z.string().nullable(),
});
export type Ispezione = z.infer<typeof ispezioneSchema>;

export const copiaSalvataSchema = z.object({
  nome: z.string(),
  cartella: z.string(),
  dimensione: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CopiaSalvata = z.infer<typeof copiaSalvataSchema>;

export const operazioneSchema = z.object({
  id: z.string(),
  tipo: z.enum(['copia', 'ispezione', 'ripristino', 'controllo']),
  stato: z.enum(['in_corso', 'completata', 'fallita']),
  percentuale: z.number().min(0).max(100),
  fase: z.string(),
  errore: z.string().nullable(),
  copia: copiaSalvataSchema.nullable(),
  ispezione: ispezioneSchema.nullable(),
  /** Full integrity check: the problems found (empty when sound). */
  problemi: z.array(z.string()).nullable(),
});
export type Operazione = z.infer<typeof operazioneSchema>;

export const avvioSchema = z.union([z.object({ operazioneId: z.string() }), z.object({ annullata: z.literal(true) })]);

const conteggio = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: indicare un numero` })
    .int(`${label}: indicare un numero intero`)
    .min(min, `${label}: almeno ${min}`)
    .max(max, `${label}: al massimo ${max}`);

/** How many automatic copies are kept: the newest daily ones, then the newest of each earlier week. */
export const conservazioneSchema = z
  .object({ giornaliere: conteggio('Copie giornaliere', 1, 90), settimanali: conteggio('Copie settimanali', 0, 104) })
  .strict();
export type Conservazione = z.infer<typeof conservazioneSchema>;

/** A copy named by the list (never a path): the backend resolves it inside copie/. */
export const riferimentoCopiaSchema = z
  .object({
    nome: z
      .string({ error: 'Scegliere una copia' })
      .max(120, { message: 'Copia non valida', abort: true })
      .regex(/^conferenza-[a-z-]+-\d{4}-\d{2}-\d{2}[-_0-9a-z]*\.sqlite$/, 'Copia non valida'),
  })
  .strict();
