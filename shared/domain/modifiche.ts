import { z } from 'zod';
import { boundedString, id, isoDate, requiredText } from './fields';

/** One row written by a change: its key and the whole row (insert, delete) or the changed columns [before, after]. */
export const rowChangeSchema = z.object({
  table: z.string(),
  op: z.enum(['insert', 'update', 'delete']),
  key: z.record(z.string(), z.unknown()),
  row: z.record(z.string(), z.unknown()).optional(),
  changed: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).optional(),
});

export const modificaSchema = z.object({
  id: z.number().int(),
  /** ISO instant (UTC). */
  at: z.string(),
  operatore: z.string(),
  canale: z.string(),
  azione: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  input: z.unknown(),
  note: z.array(z.unknown()),
  modifiche: z.array(rowChangeSchema),
});
export type Modifica = z.infer<typeof modificaSchema>;

const optionalFilterDate = z.union([isoDate, z.literal('').transform(() => null), z.null()]).default(null);
const optionalFilterText = z.union([boundedString(120).min(1), z.literal('').transform(() => null), z.null()]).default(null);

/** Filters of the Registro delle modifiche: period (days in Italy), act, operator, operation. */
export const modificheFiltroSchema = z
  .object({
    dal: optionalFilterDate,
    al: optionalFilterDate,
    entity: optionalFilterText,
    entityId: id.nullable().default(null),
    operatore: optionalFilterText,
    canale: optionalFilterText,
    pagina: z.number().int().min(1).max(1_000_000).default(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.dal && f.al && f.al < f.dal) ctx.addIssue({ code: 'custom', path: ['al'], message: 'La fine del periodo precede l’inizio' });
  });

export const MODIFICHE_PER_PAGINA = 50;

export const modificheElencoSchema = z.object({
  totale: z.number().int(),
  pagina: z.number().int(),
  perPagina: z.number().int(),
  operatori: z.array(z.string()),
  righe: z.array(modificaSchema),
});

export const operatoreSchema = z.object({ id: z.number().int(), nome: z.string() });
export const operatoreNomeSchema = z.object({ nome: requiredText("Nome dell'operatore", 120) }).strict();
export const sessioneSchema = z.object({ operatore: z.string(), predefinito: z.string(), operatori: z.array(operatoreSchema) });

/** One finding of the integrity check, in Italian, naming the act. */
export const anomaliaSchema = z.object({
  tipo: z.enum(['schema', 'impronta', 'registro', 'atto']),
  messaggio: z.string(),
});
export const verificaIntegritaSchema = z.object({
  eseguitaIl: z.string(),
  integra: z.boolean(),
  anomalie: z.array(anomaliaSchema),
  controlli: z.object({ oggettiSchema: z.number().int(), impronte: z.number().int(), vociRegistro: z.number().int() }),
});
export type VerificaIntegrita = z.infer<typeof verificaIntegritaSchema>;
