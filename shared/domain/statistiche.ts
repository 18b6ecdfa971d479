import { z } from 'zod';
import { id } from './fields';

/** Years in one period: more than the Ambito's whole history, few enough to bound a request. */
export const MAX_ANNI_PERIODO = 30;

const anno = z.number({ error: "Indicare l'anno" }).int('Anno non valido').min(1990, 'Anno non valido').max(2100, 'Anno non valido');

export const statistichePeriodoInputSchema = z
  .object({ organoId: id, da: anno, a: anno })
  .strict()
  .refine((p) => p.a >= p.da, { path: ['a'], message: "L'anno finale non può precedere quello iniziale" })
  .refine((p) => p.a - p.da < MAX_ANNI_PERIODO, { path: ['a'], message: `Al massimo ${MAX_ANNI_PERIODO} anni per volta` });
export type StatistichePeriodoInput = z.infer<typeof statistichePeriodoInputSchema>;

const conteggio = z.object({ anno: z.number().int(), presenze: z.number().int(), sedute: z.number().int() });

export const statistichePeriodoSchema = z.object({
  da: z.number().int(),
  a: z.number().int(),
  /** Every year of the period, also those without sedute. */
  anni: z.array(z.object({ anno: z.number().int(), seduteTenute: z.number().int(), seduteConPresenze: z.number().int() })),
  /** Per comune: sedute attended and sedute it was called to, over the period and year by year. */
  righe: z.array(
    z.object({ comuneId: z.number().int(), comune: z.string(), presenze: z.number().int(), sedute: z.number().int(), perAnno: z.array(conteggio) }),
  ),
});
export type StatistichePeriodo = z.infer<typeof statistichePeriodoSchema>;
