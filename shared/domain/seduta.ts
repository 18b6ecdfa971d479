import { z } from 'zod';
import { conferenceRulesSchema } from '../rules/schema';
import { boundedString, id, isoDate, optionalText, personName, requiredText } from './fields';

export const SEDUTA_TIPI = ['ordinaria', 'straordinaria', 'urgente'] as const;
export const SEDUTA_STATI = ['convocata', 'in_corso', 'chiusa', 'annullata'] as const;
export const PRESENZA_STATI = ['sindaco', 'delegato', 'assente', 'assente_giustificato'] as const;
export const VOTI = ['favorevole', 'contrario', 'astenuto', 'non_votante'] as const;
export const MODALITA_VOTO = ['palese', 'segreta', 'unanimita'] as const;
/** Attending in the room or connected by videoconference (seduta in modalità mista). */
export const MODALITA_PRESENZA = ['presenza', 'videoconferenza'] as const;
/** A vote on a proposal, or an election / nomination (a secret ballot with candidates). */
export const VOTAZIONE_TIPI = ['proposta', 'elezione'] as const;
export const ESITI = ['approvata', 'respinta', 'numero_legale_mancante', 'eletto', 'nessun_eletto'] as const;
export const PUNTO_TIPI = ['ordinario', 'approvazione_verbale'] as const;
export type PuntoTipo = (typeof PUNTO_TIPI)[number];

export type SedutaTipo = (typeof SEDUTA_TIPI)[number];
export type SedutaStato = (typeof SEDUTA_STATI)[number];
export type PresenzaStato = (typeof PRESENZA_STATI)[number];
export type Voto = (typeof VOTI)[number];
export type ModalitaVoto = (typeof MODALITA_VOTO)[number];
export type ModalitaPresenza = (typeof MODALITA_PRESENZA)[number];
export type VotazioneTipo = (typeof VOTAZIONE_TIPI)[number];

export const time = boundedString(5, 'Orario non valido (hh:mm)').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Orario non valido (hh:mm)');
/** '' from an empty form field means "not set". */
const optionalTime = z.union([time, z.literal('').transform(() => null), z.null()]);
const optionalDate = z.union([isoDate, z.literal('').transform(() => null), z.null()]);
const dateTime = boundedString(16, 'Data e ora non valide')
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'Data e ora non valide')
  .refine((v) => isoDate.safeParse(v.slice(0, 10)).success, 'Data non valida');
const optionalDateTime = z.union([dateTime, z.literal('').transform(() => null), z.null()]);

// ---------- Regole della Conferenza, versioned by the date they apply from ----------

export const regoleVersioneSchema = z.object({
  id,
  organoId: z.number().int(),
  valideDal: z.string(),
  regole: conferenceRulesSchema,
  nota: z.string(),
  predefinita: z.boolean(),
});
export type RegoleVersione = z.infer<typeof regoleVersioneSchema>;

export const regoleSaveSchema = z
  .object({
    id: id.optional(),
    organoId: id,
    valideDal: isoDate,
    regole: conferenceRulesSchema,
    nota: optionalText(300),
  })
  .strict();

// ---------- Sedute ----------

export const sedutaFieldsSchema = z.object({
  organoId: id,
  tipo: z.enum(SEDUTA_TIPI, { error: 'Scegliere il tipo di seduta' }),
  data: isoDate,
  oraInizio: time,
  luogo: requiredText('Luogo', 200),
  oggetto: optionalText(500),
  convocazioneProt: optionalText(60),
  convocazioneData: optionalDate,
  primaConvocazione: optionalDateTime,
  secondaConvocazione: optionalDateTime,
  convocazioneEffettiva: z.enum(['prima', 'seconda'], { error: 'Indicare se la seduta si tiene in prima o in seconda convocazione' }),
});

const sedutaRefine = <T extends z.infer<typeof sedutaFieldsSchema>>(s: T, ctx: z.RefinementCtx) => {
  if (s.convocazioneData && s.convocazioneData > s.data) {
    ctx.addIssue({ code: 'custom', path: ['convocazioneData'], message: 'La convocazione non può essere inviata dopo la seduta' });
  }
  if (s.primaConvocazione && s.secondaConvocazione && s.secondaConvocazione <= s.primaConvocazione) {
    ctx.addIssue({ code: 'custom', path: ['secondaConvocazione'], message: 'La seconda convocazione deve seguire la prima' });
  }
};

export const sedutaCreateSchema = sedutaFieldsSchema.strict().superRefine(sedutaRefine);
export const sedutaUpdateSchema = sedutaFieldsSchema.extend({ id }).strict().superRefine(sedutaRefine);

export const sedutaSummarySchema = z.object({
  id,
  organoId: z.number().int(),
  data: z.string(),
  oraInizio: z.string().nullable(),
  tipo: z.enum(SEDUTA_TIPI).nullable(),
  stato: z.enum(SEDUTA_STATI),
  oggetto: z.string(),
  luogo: z.string(),
  storica: z.boolean(),
  presenti: z.number().int(),
  membri: z.number().int(),
});
export type SedutaSummary = z.infer<typeof sedutaSummarySchema>;

export const sedutaSchema = sedutaSummarySchema.extend({
  oraFine: z.string().nullable(),
  convocazioneProt: z.string(),
  convocazioneData: z.string().nullable(),
  primaConvocazione: z.string().nullable(),
  secondaConvocazione: z.string().nullable(),
  convocazioneEffettiva: z.enum(['prima', 'seconda']),
  annullataMotivo: z.string().nullable(),
});
export type Seduta = z.infer<typeof sedutaSchema>;

export const sedutaStatoChangeSchema = z
  .object({
    id,
    stato: z.enum(['in_corso', 'chiusa', 'annullata', 'convocata']),
    ora: optionalTime.default(null),
    motivo: optionalText(500).default(''),
  })
  .strict();

// ---------- Ordine del giorno ----------

export const puntoFieldsSchema = z.object({
  titolo: requiredText("Titolo del punto all'ordine del giorno", 300),
  descrizione: optionalText(5000),
  relatore: optionalText(120),
});
/** `inCima`: as item 1 (e.g. "Approvazione del verbale della seduta precedente"); otherwise last. */
/**
 * An item that approves a verbale: the verbale of this same seduta (verbaleId null) or of an earlier seduta.
 * Only such an item, voted and approved, can approve a verbale.
 */
const approvaVerbaleFields = {
  tipo: z.enum(PUNTO_TIPI, { error: 'Scegliere il tipo di punto' }).default('ordinario'),
  verbaleId: id.nullable().default(null),
};
const approvaVerbaleRefine = (p: { tipo: PuntoTipo; verbaleId: number | null }, ctx: z.RefinementCtx) => {
  if (p.tipo === 'ordinario' && p.verbaleId !== null) {
    ctx.addIssue({ code: 'custom', path: ['verbaleId'], message: 'Solo un punto di approvazione riguarda un verbale' });
  }
};
export const puntoAddSchema = puntoFieldsSchema
  .extend({ sedutaId: id, inCima: z.boolean().default(false), ...approvaVerbaleFields })
  .strict()
  .superRefine(approvaVerbaleRefine);
export const puntoUpdateSchema = puntoFieldsSchema.extend({ id, ...approvaVerbaleFields }).strict().superRefine(approvaVerbaleRefine);
export const puntoMoveSchema = z.object({ id, direzione: z.enum(['su', 'giu']) }).strict();

// ---------- Presenze ----------

export const presenzaSetSchema = z
  .object({
    sedutaId: id,
    comuneId: id,
    stato: z.enum(PRESENZA_STATI, { error: 'Scegliere la presenza' }),
    nominativo: personName,
    /** The delegate's role (vicesindaco, assessore, consigliere…): only for a delegate. */
    qualifica: optionalText(80).default(''),
    delegaRif: optionalText(200),
    modalita: z.enum(MODALITA_PRESENZA, { error: 'Scegliere in presenza o in videoconferenza' }).default('presenza'),
    oraIngresso: optionalTime,
    oraUscita: optionalTime,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.stato === 'delegato' && !p.nominativo) {
      ctx.addIssue({ code: 'custom', path: ['nominativo'], message: 'Indicare il nome del delegato' });
    }
    if (p.stato === 'delegato' && !p.qualifica) {
      ctx.addIssue({ code: 'custom', path: ['qualifica'], message: 'Indicare la qualifica del delegato (es. vicesindaco, assessore, consigliere)' });
    }
    if (p.stato === 'delegato' && !p.delegaRif) {
      ctx.addIssue({ code: 'custom', path: ['delegaRif'], message: "Indicare l'atto di delega (es. decreto sindacale n. 5 del 02/08/2018)" });
    }
    if (p.oraIngresso && p.oraUscita && p.oraUscita <= p.oraIngresso) {
      ctx.addIssue({ code: 'custom', path: ['oraUscita'], message: "L'uscita deve seguire l'ingresso" });
    }
  });

export const presenzaSchema = z.object({
  comuneId: z.number().int(),
  comune: z.string(),
  capofila: z.boolean(),
  popolazioneResidente: z.number().int(),
  popolazioneCensimento2011: z.number().int().nullable(),
  sindacoAttuale: z.string(),
  stato: z.enum(PRESENZA_STATI),
  nominativo: z.string(),
  // Defaults: records fixed at closing before these fields existed.
  qualifica: z.string().default(''),
  delegaRif: z.string(),
  modalita: z.enum(MODALITA_PRESENZA).default('presenza'),
  oraIngresso: z.string().nullable(),
  oraUscita: z.string().nullable(),
});
export type Presenza = z.infer<typeof presenzaSchema>;

/** "Tutti presenti" and "Azzera": the whole attendance grid of a seduta in one call. */
export const presenzeInBloccoSchema = z.object({ sedutaId: id }).strict();

// ---------- Votazioni ----------

const count = z.number({ error: 'Indicare un numero intero' }).int('Indicare un numero intero').min(0, 'Il numero non può essere negativo');

const candidatoSchema = z.object({ nome: requiredText('Nome del candidato', 120).pipe(personName), voti: count }).strict();

export const votazioneSaveSchema = z
  .object({
    puntoId: id,
    tipo: z.enum(VOTAZIONE_TIPI, { error: 'Scegliere il tipo di votazione' }).default('proposta'),
    modalita: z.enum(MODALITA_VOTO, { error: 'Scegliere la modalità di voto' }),
    ora: optionalTime.default(null),
    voti: z.array(z.object({ comuneId: id, voto: z.enum(VOTI) }).strict()).max(500).default([]),
    conteggi: z
      .object({
        favorevoli: count,
        contrari: count,
        astenuti: count,
        bianche: count.default(0),
        nulle: count.default(0),
      })
      .strict()
      .nullable()
      .default(null),
    /** Election only: each candidate with the votes received. */
    candidati: z.array(candidatoSchema).max(50, 'Al massimo 50 candidati').default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.tipo === 'elezione' && v.modalita !== 'segreta') {
      ctx.addIssue({ code: 'custom', path: ['modalita'], message: "L'elezione si svolge a scrutinio segreto" });
    }
    if (v.tipo === 'elezione' && v.candidati.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['candidati'], message: 'Indicare almeno un candidato con i voti ottenuti' });
    }
    if (v.tipo === 'proposta' && v.candidati.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['candidati'], message: "I candidati si indicano solo in un'elezione" });
    }
    if (v.modalita === 'segreta' && !v.conteggi) {
      ctx.addIssue({ code: 'custom', path: ['conteggi'], message: 'Indicare i voti dello scrutinio segreto' });
    }
    // Numbers that would not be recorded are refused, not silently dropped.
    if (v.modalita !== 'segreta' && v.conteggi) {
      ctx.addIssue({ code: 'custom', path: ['conteggi'], message: 'I voti si contano a parte solo nello scrutinio segreto' });
    }
    if (v.tipo === 'elezione' && v.conteggi && v.conteggi.favorevoli + v.conteggi.contrari > 0) {
      ctx.addIssue({ code: 'custom', path: ['conteggi'], message: "In un'elezione si contano i voti dei candidati, non favorevoli e contrari" });
    }
    if (v.modalita !== 'palese' && v.voti.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['voti'], message: 'I voti per comune si registrano solo nella votazione palese' });
    }
    if (new Set(v.voti.map((x) => x.comuneId)).size !== v.voti.length) {
      ctx.addIssue({ code: 'custom', path: ['voti'], message: 'Un comune compare due volte' });
    }
  });

export const esitoSchema = z.object({
  esito: z.enum(ESITI),
  spiegazione: z.string(),
  passaggi: z.array(z.string()),
  regoleVersioneId: z.number().int().nullable(),
  regoleValideDal: z.string().nullable(),
  favorevoli: z.number().int(),
  contrari: z.number().int(),
  astenuti: z.number().int(),
  presenti: z.number().int(),
  // Defaults: outcomes fixed at closing before secret ballots counted schede and before elections.
  bianche: z.number().int().default(0),
  nulle: z.number().int().default(0),
  /** Election: the elected candidate (empty when nobody is elected) and those tied for the most votes. */
  eletti: z.array(z.string()).default([]),
  parita: z.array(z.string()).default([]),
});
export type Esito = z.infer<typeof esitoSchema>;

export const votazioneSchema = z.object({
  tipo: z.enum(VOTAZIONE_TIPI),
  modalita: z.enum(MODALITA_VOTO),
  ora: z.string().nullable(),
  voti: z.array(z.object({ comuneId: z.number().int(), voto: z.enum(VOTI) })),
  conteggi: z
    .object({ favorevoli: z.number().int(), contrari: z.number().int(), astenuti: z.number().int(), bianche: z.number().int(), nulle: z.number().int() })
    .nullable(),
  candidati: z.array(z.object({ nome: z.string(), voti: z.number().int() })),
  /** Null when the outcome cannot be computed (e.g. the rules refuse the recorded data); `errore` says why. */
  esito: esitoSchema.nullable(),
  errore: z.string().nullable(),
});
export type Votazione = z.infer<typeof votazioneSchema>;

export const puntoSchema = z.object({
  id,
  posizione: z.number().int(),
  titolo: z.string(),
  descrizione: z.string(),
  relatore: z.string(),
  tipo: z.enum(PUNTO_TIPI),
  /** For an approval item: the verbale it approves (null: this seduta's own verbale). */
  verbaleId: z.number().int().nullable(),
  votazione: votazioneSchema.nullable(),
  /** Regolamento versions created from this item's vote (the link is kept both ways). */
  atti: z.array(z.object({ regolamentoId: z.number().int(), versioneId: z.number().int(), sintesi: z.string() })),
});
export type Punto = z.infer<typeof puntoSchema>;

export const quorumSchema = z.object({
  raggiunto: z.boolean(),
  richiesti: z.number().int(),
  presenti: z.number().int(),
  membri: z.number().int(),
  frase: z.string(),
  popolazioneRappresentata: z.number().int(),
  popolazioneTotale: z.number().int(),
  /** Comuni connected by videoconference, and whether the rules counted them among `presenti`. */
  collegati: z.number().int().default(0),
  collegatiComputati: z.boolean().default(false),
});

export const sedutaDetailSchema = z.object({
  seduta: sedutaSchema,
  punti: z.array(puntoSchema),
  presenze: z.array(presenzaSchema),
  quorum: quorumSchema.nullable(),
  regole: regoleVersioneSchema.nullable(),
  /** Who presides and the capofila: as they were at closing for a closed seduta, as they are now otherwise. */
  presidenza: z.object({ presidente: z.string(), capofilaComuneId: z.number().int(), capofila: z.string(), segretario: z.string() }),
  /** Set once the seduta is closed: its record (rules, presidency, attendance, outcomes) is read from storage from then on. */
  chiusura: z.object({ chiusaIl: z.string(), sha256: z.string() }).nullable(),
  avvisi: z.array(z.string()),
});
export type SedutaDetail = z.infer<typeof sedutaDetailSchema>;

export const statistichePresenzeSchema = z.object({
  anno: z.number().int(),
  seduteTenute: z.number().int(),
  seduteConPresenze: z.number().int(),
  righe: z.array(
    z.object({ comuneId: z.number().int(), comune: z.string(), presenze: z.number().int(), sedute: z.number().int() }),
  ),
});
