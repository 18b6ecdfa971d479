import { z } from 'zod';
import { boundedString, id, isoDate, requiredText } from './fields';

export const VERBALE_STATI = ['bozza', 'approvato', 'firmato', 'annullato', 'storico'] as const;
export type VerbaleStato = (typeof VERBALE_STATI)[number];

export const verbaleSummarySchema = z.object({
  id,
  organoId: z.number().int(),
  anno: z.number().int(),
  numero: z.number().int(),
  /** "06/2018" */
  numeroTesto: z.string(),
  data: z.string(),
  sedutaId: z.number().int().nullable(),
  oggetto: z.string(),
  stato: z.enum(VERBALE_STATI),
  annullatoMotivo: z.string().nullable(),
  rettificaDi: z.object({ id: z.number().int(), numeroTesto: z.string() }).nullable(),
  rettifiche: z.array(z.object({ id: z.number().int(), numeroTesto: z.string(), stato: z.enum(VERBALE_STATI) })),
  firmatiImportati: z.number().int(),
});
export type VerbaleSummary = z.infer<typeof verbaleSummarySchema>;

/** One presence row as frozen in the verbale. */
export const rigaPresenzaSchema = z.object({
  comune: z.string(),
  nominativo: z.string(),
  ruolo: z.string(),
  presente: z.boolean(),
  popolazione: z.number().int(),
});
export type RigaPresenza = z.infer<typeof rigaPresenzaSchema>;

export const sezioneSchema = z.object({
  chiave: z.string(),
  titolo: z.string(),
  tipo: z.enum(['testo', 'presenze']),
  testo: z.string(),
  /** The office changed the generated text. */
  modificata: z.boolean(),
  presenze: z.array(rigaPresenzaSchema).nullable(),
});
export type Sezione = z.infer<typeof sezioneSchema>;

export const firmaSchema = z.object({
  signerName: z.string(),
  fiscalCode: z.string().optional(),
  issuer: z.string(),
  signingTime: z.string().optional(),
  digestAlgorithm: z.string(),
  digestValid: z.boolean(),
  signatureValid: z.boolean(),
});

export const fileFirmatoSchema = z.object({
  id: z.number().int(),
  nomeFile: z.string(),
  formato: z.enum(['PAdES', 'CAdES']),
  sha256: z.string(),
  importatoIl: z.string(),
  firme: z.array(firmaSchema),
});
export type FileFirmato = z.infer<typeof fileFirmatoSchema>;

export const verbaleDetailSchema = verbaleSummarySchema.extend({
  sezioni: z.array(sezioneSchema),
  approvazione: z.enum(['stessa_seduta', 'seduta_successiva']).nullable(),
  approvatoIl: z.string().nullable(),
  approvatoPunto: z.object({ sedutaId: z.number().int(), data: z.string(), titolo: z.string() }).nullable(),
  firmatoIl: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  firmati: z.array(fileFirmatoSchema),
});
export type VerbaleDetail = z.infer<typeof verbaleDetailSchema>;

export const registroRigaSchema = z.object({
  numero: z.number().int(),
  numeroTesto: z.string(),
  /** false: the number exists in the sequence but no act is in the archive. */
  inArchivio: z.boolean(),
  verbale: verbaleSummarySchema.nullable(),
});

export const registroSchema = z.object({ anno: z.number().int(), anni: z.array(z.number().int()), righe: z.array(registroRigaSchema) });

/** A PDF or signed file crossing the process boundary (base64 keeps the HTTP transport plain JSON). */
export const fileOutSchema = z.object({ nomeFile: z.string(), mime: z.string(), base64: z.string() });
export type FileOut = z.infer<typeof fileOutSchema>;

const MAX_UPLOAD_BASE64 = Math.ceil((40 * 1024 * 1024 * 4) / 3);

export const verbaleSezioneUpdateSchema = z
  .object({ id, chiave: boundedString(80).min(1), testo: boundedString(100_000, 'Testo troppo lungo') })
  .strict();
export const verbaleRigeneraSchema = z.object({ id, sovrascriviModifiche: z.boolean() }).strict();
export const verbaleApprovaSchema = z
  .object({ id, modo: z.enum(['stessa_seduta', 'seduta_successiva'], { error: 'Indicare come è stato approvato' }), puntoId: id.nullable() })
  .strict()
  .refine((v) => v.modo === 'stessa_seduta' || v.puntoId !== null, {
    path: ['puntoId'],
    message: "Indicare il punto all'ordine del giorno della seduta che approva il verbale",
  });
export const verbaleAnnullaSchema = z.object({ id, motivo: requiredText("Motivo dell'annullamento", 500) }).strict();
export const verbaleRettificaSchema = z
  .object({ id, oggetto: requiredText('Oggetto della rettifica', 300), testo: requiredText('Testo della rettifica', 20_000), data: isoDate })
  .strict();
export const verbaleImportaFirmatoSchema = z
  .object({
    id,
    nomeFile: requiredText('Nome del file', 255),
    base64: z
      .string()
      .min(1, 'File vuoto')
      .max(MAX_UPLOAD_BASE64, { message: 'File troppo grande (massimo 40 MB)', abort: true })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Contenuto del file non leggibile'),
  })
  .strict();
export const verbaliListSchema = z.object({ organoId: id, anno: z.number().int().min(2000).max(2100) }).strict();
