import { z } from 'zod';
import { codeText, id, optionalEmail, optionalPhone, personName, requiredText } from './fields';

export const comuneSchema = z.object({
  id,
  nome: z.string(),
  codiceIstat: z.string(),
  codiceCatastale: z.string(),
  cap: z.string(),
  provincia: z.string(),
  popolazioneResidente: z.number().int(),
  popolazioneData: z.string(),
  popolazioneFonte: z.string(),
  popolazioneCensimento2011: z.number().int().nullable(),
  capofila: z.boolean(),
  attivo: z.boolean(),
  disattivatoIl: z.string().nullable(),
  sindacoNome: z.string(),
  sindacoEmail: z.string(),
  sindacoPec: z.string(),
  sindacoTelefono: z.string(),
});
export type Comune = z.infer<typeof comuneSchema>;

/** What the Comuni detail form edits: the current mayor and how to reach the comune. */
export const comuneContattiSchema = z.object({
  sindacoNome: personName,
  sindacoEmail: optionalEmail,
  sindacoPec: optionalEmail,
  sindacoTelefono: optionalPhone,
});
export type ComuneContatti = z.infer<typeof comuneContattiSchema>;

export const comuneUpdateSchema = comuneContattiSchema.extend({ id }).strict();

/** A comune joining the Ambito (another Ambito adapting the app lists its own comuni). */
export const comuneCreateSchema = comuneContattiSchema
  .extend({
    nome: requiredText('Nome del comune', 80),
    codiceIstat: codeText(6, /^\d{6}$/, 'Il codice ISTAT è di 6 cifre (es. 076097)'),
    codiceCatastale: codeText(4, /^[A-Za-z]\d{3}$/, 'Il codice catastale è una lettera seguita da 3 cifre (es. L873)').toUpperCase(),
    cap: codeText(5, /^\d{5}$/, 'Il CAP è di 5 cifre'),
    provincia: codeText(2, /^[A-Za-z]{2}$/, 'Sigla della provincia di 2 lettere (es. PZ)').toUpperCase(),
    popolazioneResidente: z
      .number({ error: 'Indicare la popolazione residente' })
      .int('La popolazione è un numero intero')
      .min(0, 'La popolazione non può essere negativa')
      .max(5_000_000, 'Popolazione non plausibile'),
    popolazioneData: codeText(7, /^\d{4}-\d{2}$/, 'Indicare mese e anno del dato (AAAA-MM)'),
    popolazioneFonte: requiredText('Fonte del dato di popolazione', 200),
    popolazioneCensimento2011: z.number().int().min(0).max(5_000_000).nullable(),
  })
  .strict();
export type ComuneCreate = z.infer<typeof comuneCreateSchema>;

export const comuneSetActiveSchema = z.object({ id, attivo: z.boolean() }).strict();
