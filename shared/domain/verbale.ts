import { z } from 'zod';
import { TESTO_SEZIONE_MAX } from '../verbali/limiti';
import { boundedString, id, isoDate, requiredText } from './fields';

/** esportato: content frozen, its PDF/A and SHA-256 stored, awaiting signature; firmato: a signature is proven or recorded. */
export const VERBALE_STATI = ['bozza', 'approvato', 'esportato', 'firmato', 'annullato', 'storico'] as const;
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
  /** cartaceo: the scan of the original signed by hand. */
  formato: z.enum(['PAdES', 'CAdES', 'cartaceo']),
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
  /** When the PDF/A to be signed was produced (ISO instant). */
  esportatoIl: z.string().nullable(),
  /** The day it was signed: from the signature, or as declared for a handwritten one. */
  firmatoIl: z.string().nullable(),
  firmaModo: z.enum(['digitale', 'autografa']).nullable(),
  /** The seduta was reopened after this draft was written: regenerate before approving. */
  daRigenerare: z.boolean(),
  /** Rettifiche not yet approved (not yet in effect on this verbale). */
  rettificheInCorso: z.array(z.object({ id: z.number().int(), numeroTesto: z.string(), stato: z.enum(VERBALE_STATI) })),
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
  .object({ id, chiave: boundedString(80).min(1), testo: boundedString(TESTO_SEZIONE_MAX, 'Testo troppo lungo') })
  .strict();
export const verbaleRigeneraSchema = z.object({ id, sovrascriviModifiche: z.boolean() }).strict();
/** Approval through an agenda item (of the same or a later seduta) about this verbale, voted and approved. */
export const verbaleApprovaSchema = z
  .object({ id, puntoId: z.number({ error: "Indicare il punto all'ordine del giorno che approva il verbale" }).int().positive() })
  .strict();
export const verbaleRitiraApprovazioneSchema = z.object({ id, motivo: requiredText("Motivo del ritiro dell'approvazione", 500) }).strict();
export const verbaleAnnullaSchema = z.object({ id, motivo: requiredText("Motivo dell'annullamento", 500) }).strict();
export const verbaleRettificaSchema = z
  .object({ id, oggetto: requiredText('Oggetto della rettifica', 300), testo: requiredText('Testo della rettifica', 20_000), data: isoDate })
  .strict();
/** A file sent by the renderer: its name and its bytes in base64 (at most 40 MB). */
export const uploadedFile = {
  nomeFile: requiredText('Nome del file', 255),
  base64: z
    .string()
    .min(1, 'File vuoto')
    .max(MAX_UPLOAD_BASE64, { message: 'File troppo grande (massimo 40 MB)', abort: true })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Contenuto del file non leggibile'),
};
export const verbaleImportaFirmatoSchema = z.object({ id, ...uploadedFile }).strict();
/** A verbale printed and signed by hand: the day, who signed, and the scan that is archived as its copy. */
export const verbaleFirmaAutografaSchema = z
  .object({
    id,
    data: isoDate,
    firmatari: z.array(requiredText('Nome del firmatario', 120)).min(1, 'Indicare chi ha firmato').max(10, 'Al massimo 10 firmatari'),
    ...uploadedFile,
  })
  .strict();
export const verbaliListSchema = z.object({ organoId: id, anno: z.number().int().min(2000).max(2100) }).strict();
