import { z } from 'zod';
import { boundedString, codeText, id, isoDate, optionalText, requiredText } from './fields';

/** How many articles one act may have: far above any regolamento, low enough to bound the work of a request. */
export const MAX_ARTICOLI = 2000;
const MAX_TESTO_ARTICOLO = 50_000;

const articoloSchema = z.object({
  numero: codeText(20, /^\d+(-(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?$/, "Numero d'articolo non valido (es. 6, 6-bis)"),
  rubrica: optionalText(300, 'Rubrica troppo lunga'),
  testo: boundedString(MAX_TESTO_ARTICOLO, 'Testo troppo lungo'),
  /** Structure headings (TITOLO / CAPO / Sezione) the article opens. */
  intestazioni: z.array(requiredText('Intestazione', 300)).max(20, 'Al massimo 20 intestazioni per articolo').optional(),
});
export type ArticoloInput = z.infer<typeof articoloSchema>;

const articoliSchema = z
  .array(articoloSchema.extend({ testo: articoloSchema.shape.testo.trim().min(1, "Il testo dell'articolo è vuoto") }))
  .min(1, 'Il testo non contiene articoli')
  .max(MAX_ARTICOLI, `Al massimo ${MAX_ARTICOLI} articoli`)
  .refine((list) => new Set(list.map((a) => a.numero)).size === list.length, 'Due articoli hanno lo stesso numero');

const modificaSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('sostituito'), numero: articoloSchema.shape.numero, rubrica: articoloSchema.shape.rubrica.optional(), testo: boundedString(MAX_TESTO_ARTICOLO, 'Testo troppo lungo').trim().min(1, 'Indicare il nuovo testo') }),
  z.object({ tipo: z.literal('inserito'), numero: articoloSchema.shape.numero, rubrica: articoloSchema.shape.rubrica.optional(), testo: boundedString(MAX_TESTO_ARTICOLO, 'Testo troppo lungo').trim().min(1, 'Indicare il testo') }),
  z.object({ tipo: z.literal('abrogato'), numero: articoloSchema.shape.numero }),
]);

const approvazione = {
  vigenteDal: isoDate,
  verbaleId: id.nullable(),
  puntoId: id.nullable(),
};

export const regolamentoCreateSchema = z
  .object({
    titolo: requiredText('Titolo', 300),
    organoId: id,
    tipo: z.enum(['regolamento', 'convenzione']),
    ...approvazione,
    articoli: articoliSchema,
  })
  .strict();

export const versioneAddSchema = z.discriminatedUnion('tipo', [
  z.object({ regolamentoId: id, tipo: z.literal('testo_integrale'), ...approvazione, articoli: articoliSchema }).strict(),
  z
    .object({
      regolamentoId: id,
      tipo: z.literal('modifica'),
      ...approvazione,
      modifiche: z
        .array(modificaSchema)
        .min(1, 'Indicare almeno un articolo modificato')
        .max(MAX_ARTICOLI, `Al massimo ${MAX_ARTICOLI} articoli modificati`)
        .refine((list) => new Set(list.map((m) => m.numero)).size === list.length, 'Lo stesso articolo compare due volte'),
    })
    .strict(),
]);

/** Fills in the articles of a version registered from the archive (text awaiting import). */
export const versioneCompletaSchema = z.object({ versioneId: id, articoli: articoliSchema }).strict();

export const versioneSchema = z.object({
  id: z.number().int(),
  tipo: z.enum(['testo_integrale', 'modifica']),
  vigenteDal: z.string(),
  verbale: z.object({ id: z.number().int(), numeroTesto: z.string(), stato: z.string(), data: z.string() }).nullable(),
  puntoId: z.number().int().nullable(),
  sintesi: z.string(),
  testoDisponibile: z.boolean(),
  /** Frozen: text complete and its verbale signed. */
  immutabile: z.boolean(),
  articoli: z.number().int(),
});

export const regolamentoSummarySchema = z.object({
  id: z.number().int(),
  titolo: z.string(),
  tipo: z.enum(['regolamento', 'convenzione']),
  organoId: z.number().int(),
  versioni: z.number().int(),
  ultimaModifica: z.string().nullable(),
  inAttesaDiTesto: z.boolean(),
});

export const regolamentoDetailSchema = regolamentoSummarySchema.extend({ elencoVersioni: z.array(versioneSchema) });

const articoloVigenteSchema = z.object({
  numero: z.string(),
  rubrica: z.string(),
  testo: z.string(),
  abrogato: z.boolean(),
  intestazioni: z.array(z.string()).optional(),
  versione: z.object({ id: z.number().int(), vigenteDal: z.string(), numeroVerbale: z.string().optional() }),
});

export const testoVigenteSchema = z.object({
  data: z.string(),
  inVigore: z.boolean(),
  motivo: z.string().nullable(),
  articoli: z.array(articoloVigenteSchema),
  /** Versions in force whose articles are still awaiting import: the text shown is incomplete. */
  versioniInAttesa: z.array(z.object({ id: z.number().int(), vigenteDal: z.string(), sintesi: z.string() })),
  avvisi: z.array(z.string()),
});

const segmentoSchema = z.object({ tipo: z.enum(['uguale', 'inserito', 'eliminato']), testo: z.string() });
const articoloOut = z.object({ numero: z.string(), rubrica: z.string(), testo: z.string() });

/** Mirrors shared/regolamenti's DiffArticolo: articles of two versions matched by number. */
export const diffSchema = z.array(
  z.discriminatedUnion('stato', [
    z.object({ stato: z.literal('invariato'), numero: z.string(), articolo: articoloOut }),
    z.object({ stato: z.literal('modificato'), numero: z.string(), prima: articoloOut, dopo: articoloOut, rubrica: z.array(segmentoSchema), testo: z.array(segmentoSchema) }),
    z.object({ stato: z.literal('inserito'), numero: z.string(), articolo: articoloOut }),
    z.object({ stato: z.literal('eliminato'), numero: z.string(), articolo: articoloOut }),
  ]),
);

export const importResultSchema = z.object({
  formato: z.enum(['docx', 'odt', 'txt']),
  titolo: z.string().optional(),
  preambolo: z.string(),
  articoli: z.array(articoloOut.extend({ intestazioni: z.array(z.string()).optional() })),
  avvisi: z.array(z.string()),
});

export const ricercaInputSchema = z
  .object({
    q: optionalText(200).pipe(z.string().min(2, 'Scrivere almeno due caratteri')),
    tipi: z.array(z.enum(['verbale', 'regolamento', 'seduta'])).max(3).default([]),
    anno: z.number().int().min(2000).max(2100).nullable().default(null),
  })
  .strict();

export const ricercaRisultatoSchema = z.object({
  tipo: z.enum(['verbale', 'regolamento', 'seduta']),
  id: z.number().int(),
  titolo: z.string(),
  /** Text around the hit; the hit is between \u0002 and \u0003. */
  estratto: z.string(),
  anno: z.number().int().nullable(),
  /** For regolamento articles: whether that text is the one in force today. */
  vigente: z.boolean().nullable(),
  link: z.string(),
});

export const percorsoVoceSchema = z.object({
  data: z.string(),
  tipo: z.enum(['seduta', 'verbale', 'regolamento']),
  titolo: z.string(),
  descrizione: z.string(),
  link: z.string(),
});

/** ricerca.trova: the results, and how they are ordered ('recenti' when the words are in too many documents to rank). */
export const ricercaEsitoSchema = z.object({
  risultati: z.array(ricercaRisultatoSchema),
  ordine: z.enum(['pertinenza', 'recenti']),
});

/** Where a timeline page ends: the entries before it come next (ord: 0 seduta, 1 verbale, 2 regolamento). */
const percorsoCursoreSchema = z
  .object({
    data: boundedString(10, 'Data non valida').regex(/^\d{4}-\d{2}-\d{2}$/, 'Data non valida'),
    ord: z.number().int().min(0).max(2),
    id: z.number().int().min(0),
  })
  .strict();
export type PercorsoCursore = z.infer<typeof percorsoCursoreSchema>;

export const percorsoPaginaInputSchema = z.object({ prima: percorsoCursoreSchema.nullable().default(null) }).strict();

export const percorsoPaginaSchema = z.object({
  /** Newest first; each entry's description shortened on the server. */
  voci: z.array(percorsoVoceSchema.extend({ cursore: percorsoCursoreSchema })),
  /** Older entries exist beyond the last one. */
  altre: z.boolean(),
});

export const percorsoAnniSchema = z.array(
  z.object({ anno: z.number().int(), sedute: z.number().int(), verbali: z.number().int(), regolamenti: z.number().int() }),
);
