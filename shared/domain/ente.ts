import { z } from 'zod';
import { id, optionalEmail, optionalText, personName, requiredText } from './fields';

export const enteSchema = z.object({
  nome: z.string(),
  sede: z.string(),
  capofilaComuneId: z.number().int(),
  capofilaNome: z.string(),
  presidente: z.string(),
  coordinatore: z.string(),
  segretarioVerbalizzante: z.string(),
  pec: z.string(),
  email: z.string(),
});
export type Ente = z.infer<typeof enteSchema>;

export const enteUpdateSchema = z
  .object({
    nome: requiredText("Nome dell'Ambito", 200),
    sede: requiredText('Sede', 200),
    capofilaComuneId: id,
    presidente: personName.pipe(z.string().min(1, 'Indicare il Presidente')),
    coordinatore: optionalText(120),
    segretarioVerbalizzante: personName,
    pec: optionalEmail,
    email: optionalEmail,
  })
  .strict();
export type EnteUpdate = z.infer<typeof enteUpdateSchema>;

export const organoSchema = z.object({ id: z.number().int(), nome: z.string(), attivo: z.boolean() });
export type Organo = z.infer<typeof organoSchema>;
