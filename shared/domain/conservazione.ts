import { z } from 'zod';
import { id, isoDate } from './fields';

/**
 * The metadata of a documento informatico, named as in the AgID "Linee Guida sulla formazione, gestione e
 * conservazione dei documenti informatici", Allegato 5 "I metadati" (schema DocumentoInformatico). Only what the
 * app knows is filled in; nothing is invented (no IPA code, no classification plan: the app does not hold them).
 */
export const TIPI_DOCUMENTO = ['verbale', 'firmato', 'allegato', 'estratto', 'convocazione', 'testo_coordinato', 'copia_albo', 'referto'] as const;
export type TipoDocumento = (typeof TIPI_DOCUMENTO)[number];

/** Allegato 5 roles (Soggetti/Ruolo) the app fills. */
export const RUOLI = ['Autore', 'Operatore', 'Produttore', 'SoggettoCheEffettuaLaRegistrazione', 'Destinatario', 'Altro'] as const;

export const soggettoSchema = z.object({
  ruolo: z.enum(RUOLI),
  /** TipoRuolo: the role in words ("Presidente", "Segretario verbalizzante"…). */
  tipoRuolo: z.string(),
  /** PF: a person; PG: an organisation (the ente); SW: the software that formed the document. */
  tipoSoggetto: z.enum(['PF', 'PG', 'SW']),
  /** A person's full name, an organisation's name, or the software's name and version. */
  denominazione: z.string(),
  /** PG only: the office within the organisation. */
  ufficio: z.string().optional(),
});
export type Soggetto = z.infer<typeof soggettoSchema>;

const idDocSchema = z.object({
  identificativo: z.string(),
  /** SHA-256 of the file, hex (the XML carries it in base64, as Allegato 5's Impronta). */
  sha256: z.string(),
});

export const metadatiSchema = z.object({
  idDoc: idDocSchema,
  /** a) created with software; b) acquired (a signed file received, a scan, an attached file). */
  modalitaDiFormazione: z.enum(['a', 'b']),
  tipologiaDocumentale: z.string(),
  /** Repertorio: the act's number in its register, or none. */
  registrazione: z
    .object({ tipoRegistro: z.literal('Repertorio'), codiceRegistro: z.string(), numero: z.string(), data: z.string() })
    .nullable(),
  /** The date the document was formed (DataDocumento when not registered). */
  dataDocumento: z.string(),
  soggetti: z.array(soggettoSchema),
  oggetto: z.string(),
  paroleChiave: z.array(z.string()),
  allegati: z.array(z.object({ idDoc: idDocSchema, descrizione: z.string() })),
  riservato: z.boolean(),
  formato: z.object({ mime: z.string(), descrizione: z.string(), prodotto: z.string(), versioneProdotto: z.string() }),
  verifica: z.object({ firmatoDigitalmente: z.boolean(), sigillatoElettronicamente: z.boolean(), marcaturaTemporale: z.boolean(), conformitaCopieImmagine: z.boolean() }),
  /** Agg: the serie documentale the act belongs to (the year's register of verbali), if any. */
  serie: z.string().nullable(),
  /** The document this one belongs to (a signed file's export, an allegato's act). */
  documentoPrimario: idDocSchema.nullable(),
  nomeDelDocumento: z.string(),
  versioneDelDocumento: z.string(),
  /** A rettifica: the act it corrects (TracciatureModificheDocumento, TipoModifica "Rettifica"). */
  modifiche: z.array(z.object({ tipoModifica: z.enum(['Rettifica', 'Annullamento', 'Integrazione', 'Annotazione']), autore: z.string(), data: z.string(), idDocPrecedente: idDocSchema })),
  /** TempoDiConservazione in years; 9999: permanent (acts of a public body's organs are kept for ever). */
  tempoDiConservazione: z.number().int(),
  note: z.string(),
});
export type Metadati = z.infer<typeof metadatiSchema>;

/** A metadata record as stored with its act (or built on demand, `registrato` false, for acts not yet fixed). */
export const metadatoSchema = z.object({
  tipo: z.enum(TIPI_DOCUMENTO),
  riferimentoId: z.number().int(),
  registrato: z.boolean(),
  registratoIl: z.string().nullable(),
  metadati: metadatiSchema,
});
export type Metadato = z.infer<typeof metadatoSchema>;

export const documentoRefSchema = z.object({ tipo: z.enum(['verbale', 'firmato', 'allegato']), id }).strict();
export type DocumentoRef = z.infer<typeof documentoRefSchema>;

/** What a pacchetto di versamento holds: a year's verbali, one verbale with its files, or a regolamento's versions. */
export const selezioneSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('anno'), organoId: id, anno: z.number({ error: "Indicare l'anno" }).int().min(1990, 'Anno non valido').max(2100, 'Anno non valido') }).strict(),
  z.object({ tipo: z.literal('verbale'), id }).strict(),
  z.object({ tipo: z.literal('regolamento'), id }).strict(),
]);
export type Selezione = z.infer<typeof selezioneSchema>;

export const versamentoSchema = z.object({
  id: z.number().int(),
  identificativo: z.string(),
  descrizione: z.string(),
  selezione: selezioneSchema,
  creatoIl: z.string(),
  operatore: z.string(),
  file: z.number().int(),
  indiceSha256: z.string(),
});
export type Versamento = z.infer<typeof versamentoSchema>;

export const versamentoFileSchema = z.object({ percorso: z.string(), sha256: z.string(), dimensione: z.number().int() });
export const versamentoDetailSchema = versamentoSchema.extend({ elenco: z.array(versamentoFileSchema) });

/** A document produced on demand, to be downloaded with its metadata (they describe the bytes produced, not stored). */
export const documentoSuRichiestaSchema = z.discriminatedUnion('documento', [
  z.object({ documento: z.literal('convocazione'), sedutaId: id }).strict(),
  z.object({ documento: z.literal('estratto'), sedutaId: id, puntoId: id }).strict(),
  z.object({ documento: z.literal('estrattoComune'), sedutaId: id, comuneId: id }).strict(),
  z.object({ documento: z.literal('testoCoordinato'), id, data: isoDate }).strict(),
]);
export type DocumentoSuRichiesta = z.infer<typeof documentoSuRichiestaSchema>;
