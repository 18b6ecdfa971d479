import { z } from 'zod';
import { FILTRI_ALBO } from './pubblicazione-periodo';
import { boundedString, id, isoDate, personName, requiredText } from './fields';

/** What is published: the whole signed verbale, or the estratto of one of its agenda items. */
export const attoPubblicatoSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('verbale'), verbaleId: id }).strict(),
  z.object({ tipo: z.literal('estratto'), verbaleId: id, puntoId: id }).strict(),
]);
export type AttoPubblicato = z.infer<typeof attoPubblicatoSchema>;

/** A passage of the act to be shown as "omissis" in the published copy (a name, a fiscal code…). */
const passaggioOmesso = boundedString(200, 'Al massimo 200 caratteri per passaggio')
  .transform((v) => v.trim())
  .pipe(z.string().min(2, 'Un passaggio da omettere ha almeno 2 caratteri'));

export const pubblicaSchema = z
  .object({
    atto: attoPubblicatoSchema,
    /** The number the albo pretorio's register gives the publication, within the year of its first day. */
    numero: z.number({ error: 'Indicare il numero del registro dell’albo' }).int('Numero non valido').min(1, 'Numero non valido').max(999_999, 'Numero non valido'),
    dal: isoDate,
    al: isoDate,
    omissis: z.array(passaggioOmesso).max(50, 'Al massimo 50 passaggi da omettere'),
  })
  .strict();
export type PubblicaInput = z.infer<typeof pubblicaSchema>;

export const ESITI_REFERTO = ['senza_opposizioni', 'con_note'] as const;

export const refertoSchema = z
  .object({
    id,
    esito: z.enum(ESITI_REFERTO, { error: 'Indicare l’esito della pubblicazione' }),
    /** What came in during the publication (opposizioni, reclami): required with 'con_note'. */
    note: boundedString(2000).transform((v) => v.trim()),
    /** Who signs the certificate (e.g. the responsabile dell'albo or the segretario comunale). */
    firmatario: personName.pipe(z.string().min(1, 'Indicare chi firma il referto')),
    qualifica: requiredText('Qualifica di chi firma', 120),
  })
  .strict()
  .refine((r) => r.esito === 'senza_opposizioni' || r.note.length > 0, { message: 'Indicare le opposizioni o i reclami pervenuti', path: ['note'] });
export type RefertoInput = z.infer<typeof refertoSchema>;

export const pubblicazioneSchema = z.object({
  id: z.number().int(),
  verbaleId: z.number().int(),
  /** The agenda item of an estratto; null for the whole verbale. */
  puntoId: z.number().int().nullable(),
  /** "Verbale n. 03/2027" or "Estratto del verbale n. 03/2027 – punto n. 2". */
  atto: z.string(),
  oggetto: z.string(),
  anno: z.number().int(),
  numero: z.number().int(),
  /** "12/2027" */
  numeroTesto: z.string(),
  dal: z.string(),
  al: z.string(),
  giorni: z.number().int(),
  omissis: z.array(z.string()),
  copiaSha256: z.string(),
  pubblicatoDa: z.string(),
  /** ISO instant of the recording. */
  pubblicatoIl: z.string(),
  /** in_corso until its last day, then conclusa; refertata once the certificate is issued. */
  stato: z.enum(['programmata', 'in_corso', 'conclusa', 'refertata']),
  referto: z
    .object({
      il: z.string(),
      da: z.string(),
      esito: z.enum(ESITI_REFERTO),
      note: z.string(),
      firmatario: z.string(),
      qualifica: z.string(),
      sha256: z.string(),
    })
    .nullable(),
});
export type Pubblicazione = z.infer<typeof pubblicazioneSchema>;

export const alboElencoInputSchema = z
  .object({ filtro: z.enum(FILTRI_ALBO, { error: 'Filtro non valido' }).default('tutte') })
  .strict();

export const pubblicazioniVerbaleSchema = z.object({
  pubblicazioni: z.array(pubblicazioneSchema),
  /** The agenda items whose estratto may be published (empty for an act without a seduta). */
  punti: z.array(z.object({ id: z.number().int(), posizione: z.number().int(), titolo: z.string() })),
  /** Why the act cannot be published now (not signed yet…), or null. */
  nonPubblicabile: z.string().nullable(),
  /** The first day a publication may start: the signing day. */
  dalMinimo: z.string().nullable(),
});
export type PubblicazioniVerbale = z.infer<typeof pubblicazioniVerbaleSchema>;
