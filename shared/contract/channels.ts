import { z } from 'zod';
import {
  comuneCreateSchema,
  comuneSchema,
  comuneSetActiveSchema,
  comuneUpdateSchema,
} from '../domain/comune';
import { enteSchema, enteUpdateSchema, organoSchema } from '../domain/ente';
import { boundedString, id, isoDate, requiredText } from '../domain/fields';
import {
  diffSchema,
  importResultSchema,
  percorsoAnniSchema,
  percorsoPaginaInputSchema,
  percorsoPaginaSchema,
  regolamentoCreateSchema,
  regolamentoDetailSchema,
  regolamentoSummarySchema,
  ricercaEsitoSchema,
  ricercaInputSchema,
  testoVigenteSchema,
  versioneAddSchema,
  versioneCompletaSchema,
} from '../domain/regolamento';
import {
  puntoAddSchema,
  puntoMoveSchema,
  puntoUpdateSchema,
  presenzaSetSchema,
  regoleSaveSchema,
  regoleVersioneSchema,
  sedutaCreateSchema,
  sedutaDetailSchema,
  sedutaStatoChangeSchema,
  sedutaSummarySchema,
  sedutaUpdateSchema,
  statistichePresenzeSchema,
  presenzeInBloccoSchema,
  votazioneSaveSchema,
} from '../domain/seduta';
import { statistichePeriodoInputSchema, statistichePeriodoSchema } from '../domain/statistiche';
import { allegatiElencoSchema, allegatoAggiungiSchema, allegatoOwnerSchema } from '../domain/allegato';
import {
  fileOutSchema,
  registroSchema,
  verbaleAnnullaSchema,
  verbaleApprovaSchema,
  verbaleFirmaAutografaSchema,
  verbaleRitiraApprovazioneSchema,
  verbaleDetailSchema,
  verbaleImportaFirmatoSchema,
  verbaleRettificaSchema,
  verbaleRigeneraSchema,
  verbaleSezioneUpdateSchema,
  verbaleSummarySchema,
  verbaliListSchema,
} from '../domain/verbale';
import {
  avvioSchema,
  conservazioneSchema,
  copiaSchema,
  operazioneSchema,
  riferimentoCopiaSchema,
  statoArchivioSchema,
} from '../domain/archivio';
import type { Result } from '../result';
import { alboElencoInputSchema, pubblicaSchema, pubblicazioneSchema, pubblicazioniVerbaleSchema, refertoSchema } from '../domain/pubblicazione';
import { modificheElencoSchema, modificheFiltroSchema, operatoreNomeSchema, sessioneSchema, verificaIntegritaSchema } from '../domain/modifiche';
import { documentoRefSchema, documentoSuRichiestaSchema, metadatoSchema, selezioneSchema, versamentoSchema } from '../domain/conservazione';

const none = z.object({}).strict();
const anno = z.number({ error: "Indicare l'anno" }).int().min(2000, 'Anno non valido').max(2100, 'Anno non valido');
const byId = z.object({ id }).strict();
const operazioneAvviata = z.object({ operazioneId: z.string() });

/**
 * The one contract between renderer and backend: every channel's input and output schema.
 * The backend validates inputs (and its own outputs) against these; the renderer's types derive from them.
 */
export const channels = {
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), dataFile: z.string() }),
  },
  'ente.get': { input: none, output: enteSchema },
  'ente.update': { input: enteUpdateSchema, output: enteSchema, mutates: true },
  'organi.list': { input: none, output: z.array(organoSchema) },
  'comuni.list': {
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(comuneSchema),
  },
  'comuni.get': { input: byId, output: comuneSchema },
  'comuni.update': { input: comuneUpdateSchema, output: comuneSchema, mutates: true },
  'comuni.create': { input: comuneCreateSchema, output: comuneSchema, mutates: true },
  'comuni.setActive': { input: comuneSetActiveSchema, output: comuneSchema, mutates: true },

  'regole.list': { input: z.object({ organoId: id }).strict(), output: z.array(regoleVersioneSchema) },
  'regole.inForce': { input: z.object({ organoId: id, data: isoDate }).strict(), output: regoleVersioneSchema.nullable() },
  'regole.save': { input: regoleSaveSchema, output: regoleVersioneSchema, mutates: true },
  'regole.remove': { input: byId, output: z.array(regoleVersioneSchema), mutates: true },

  'sedute.years': {
    input: z.object({ organoId: id }).strict(),
    output: z.array(z.object({ anno: z.number().int(), sedute: z.number().int() })),
  },
  'sedute.list': { input: z.object({ organoId: id, anno }).strict(), output: z.array(sedutaSummarySchema) },
  'sedute.get': { input: byId, output: sedutaDetailSchema },
  'sedute.create': { input: sedutaCreateSchema, output: sedutaDetailSchema, mutates: true },
  'sedute.update': { input: sedutaUpdateSchema, output: sedutaDetailSchema, mutates: true },
  'sedute.setStato': { input: sedutaStatoChangeSchema, output: sedutaDetailSchema, mutates: true },
  'odg.add': { input: puntoAddSchema, output: sedutaDetailSchema, mutates: true },
  'odg.update': { input: puntoUpdateSchema, output: sedutaDetailSchema, mutates: true },
  'odg.move': { input: puntoMoveSchema, output: sedutaDetailSchema, mutates: true },
  'odg.remove': { input: byId, output: sedutaDetailSchema, mutates: true },
  'presenze.set': { input: presenzaSetSchema, output: sedutaDetailSchema, mutates: true },
  'sedute.tuttiPresenti': { input: presenzeInBloccoSchema, output: sedutaDetailSchema, mutates: true },
  'sedute.azzeraPresenze': { input: presenzeInBloccoSchema, output: sedutaDetailSchema, mutates: true },
  'votazioni.save': { input: votazioneSaveSchema, output: sedutaDetailSchema, mutates: true },
  'votazioni.remove': { input: z.object({ puntoId: id }).strict(), output: sedutaDetailSchema, mutates: true },
  'statistiche.presenze': { input: z.object({ organoId: id, anno }).strict(), output: statistichePresenzeSchema },
  /** Attendance per comune and per year over a period of years. */
  'statistiche.periodo': { input: statistichePeriodoInputSchema, output: statistichePeriodoSchema },
  'documenti.statistichePdf': { input: statistichePeriodoInputSchema, output: fileOutSchema },
  'documenti.statisticheCsv': { input: statistichePeriodoInputSchema, output: fileOutSchema },

  'verbali.registro': { input: verbaliListSchema, output: registroSchema },
  'verbali.registroPagina': {
    input: z.object({ ...verbaliListSchema.shape, da: z.number().int().min(1).max(1_000_000).default(1), limite: z.number().int().min(1).max(500).default(100) }).strict(),
    output: registroSchema.extend({ ultimo: z.number().int(), mancanti: z.number().int(), da: z.number().int() }),
  },
  'verbali.seduteConVerbale': { input: verbaliListSchema, output: z.array(z.number().int()) },
  /** Every verbale of the organ, newest first, with its rettifiche: one query for all years. */
  'verbali.elenco': { input: z.object({ organoId: id }).strict(), output: z.array(verbaleSummarySchema) },
  'verbali.get': { input: byId, output: verbaleDetailSchema },
  'verbali.bySeduta': { input: z.object({ sedutaId: id }).strict(), output: verbaleDetailSchema.nullable() },
  'verbali.create': { input: z.object({ sedutaId: id }).strict(), output: verbaleDetailSchema, mutates: true },
  'verbali.updateSezione': { input: verbaleSezioneUpdateSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.rigenera': { input: verbaleRigeneraSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.approva': { input: verbaleApprovaSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.ritiraApprovazione': { input: verbaleRitiraApprovazioneSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.esporta': { input: byId, output: verbaleDetailSchema, mutates: true },
  'verbali.firmaAutografa': { input: verbaleFirmaAutografaSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.annulla': { input: verbaleAnnullaSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.rettifica': { input: verbaleRettificaSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.pdf': { input: byId, output: fileOutSchema },
  'verbali.importaFirmato': { input: verbaleImportaFirmatoSchema, output: verbaleDetailSchema, mutates: true },
  'verbali.scaricaFirmato': { input: z.object({ id, firmatoId: id }).strict(), output: fileOutSchema },
  /** Files attached to an agenda item, a verbale or a regolamento version, frozen with their act. */
  'allegati.elenco': { input: z.object({ owner: allegatoOwnerSchema }).strict(), output: allegatiElencoSchema },
  'allegati.aggiungi': { input: allegatoAggiungiSchema, output: allegatiElencoSchema, mutates: true },
  'allegati.rimuovi': { input: byId, output: allegatiElencoSchema, mutates: true },
  'allegati.scarica': { input: byId, output: fileOutSchema },
  'documenti.convocazione': { input: z.object({ sedutaId: id }).strict(), output: fileOutSchema },
  'documenti.foglioPresenze': { input: z.object({ sedutaId: id }).strict(), output: fileOutSchema },
  /** The convocation as a ready e-mail (.eml): letter attached, every member comune's PEC in Bcc; `senzaPec` lists those left out. */
  'documenti.convocazioneEml': {
    input: z.object({ sedutaId: id }).strict(),
    output: fileOutSchema.extend({ destinatari: z.number().int(), senzaPec: z.array(z.string()) }),
  },
  /** Estratto del verbale for one agenda item, from the seduta's verbale. */
  'documenti.estratto': { input: z.object({ sedutaId: id, puntoId: id }).strict(), output: fileOutSchema },
  /** A closed seduta's estratto for one member comune: its attendance, its votes, the items naming it (PDF/A). */
  'documenti.estrattoComune': { input: z.object({ sedutaId: id, comuneId: id }).strict(), output: fileOutSchema },
  /** The same for every member comune of the seduta, one PDF/A each, in a deterministic ZIP. */
  'documenti.estrattiComuniZip': { input: z.object({ sedutaId: id }).strict(), output: fileOutSchema },
  /** The verbale as an editable .docx working copy (same text as the PDF/A, marked as not the act). */
  'documenti.verbaleDocx': { input: byId, output: fileOutSchema },
  'documenti.testoCoordinatoDocx': { input: z.object({ id, data: isoDate }).strict(), output: fileOutSchema },
  'documenti.registro': { input: verbaliListSchema, output: fileOutSchema },

  'modifiche.elenco': { input: modificheFiltroSchema, output: modificheElencoSchema },
  'modifiche.csv': { input: modificheFiltroSchema, output: fileOutSchema },
  'modifiche.pdf': { input: modificheFiltroSchema, output: fileOutSchema },
  'sessione.get': { input: none, output: sessioneSchema },
  /** Who is working from now on: recorded in every entry of the register. */
  'sessione.operatore': { input: operatoreNomeSchema, output: sessioneSchema, mutates: true },
  'operatori.aggiungi': { input: operatoreNomeSchema, output: sessioneSchema, mutates: true },
  'operatori.rimuovi': { input: byId, output: sessioneSchema, mutates: true },
  'integrita.stato': { input: none, output: verificaIntegritaSchema.nullable() },
  'integrita.verifica': { input: none, output: verificaIntegritaSchema, mutates: true },

  'regolamenti.list': { input: none, output: z.array(regolamentoSummarySchema) },
  'regolamenti.get': { input: byId, output: regolamentoDetailSchema },
  'regolamenti.vigente': { input: z.object({ id, data: isoDate }).strict(), output: testoVigenteSchema },
  'regolamenti.storiaArticolo': {
    input: z.object({ id, numero: boundedString(30).min(1) }).strict(),
    output: z.array(
      z.object({ numero: z.string(), rubrica: z.string(), testo: z.string(), abrogato: z.boolean(), versione: z.object({ id: z.number().int(), vigenteDal: z.string(), numeroVerbale: z.string().optional() }) }),
    ),
  },
  'regolamenti.diff': { input: z.object({ id, versioneA: id, versioneB: id }).strict(), output: diffSchema },
  'regolamenti.importa': {
    input: z.object({ nomeFile: requiredText('Nome del file', 255), base64: z.string().max(60_000_000, { message: 'File troppo grande (massimo 40 MB)', abort: true }).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenuto del file non leggibile') }).strict(),
    output: importResultSchema,
  },
  'regolamenti.create': { input: regolamentoCreateSchema, output: regolamentoDetailSchema, mutates: true },
  'regolamenti.aggiungiVersione': { input: versioneAddSchema, output: regolamentoDetailSchema, mutates: true },
  'regolamenti.completaTesto': { input: versioneCompletaSchema, output: regolamentoDetailSchema, mutates: true },
  'regolamenti.pdf': { input: z.object({ id, data: isoDate }).strict(), output: fileOutSchema },
  'ricerca.trova': { input: ricercaInputSchema, output: ricercaEsitoSchema },
  'percorso.pagina': { input: percorsoPaginaInputSchema, output: percorsoPaginaSchema },
  'percorso.anni': { input: none, output: percorsoAnniSchema },

  'archivio.stato': { input: none, output: statoArchivioSchema },
  'archivio.copie': { input: none, output: z.object({ cartella: z.string(), copie: z.array(copiaSchema) }) },
  'archivio.salva': { input: none, output: avvioSchema },
  'archivio.importa': { input: none, output: avvioSchema },
  'archivio.ispeziona': { input: riferimentoCopiaSchema, output: operazioneAvviata },
  'archivio.ripristina': { input: riferimentoCopiaSchema, output: operazioneAvviata },
  'archivio.controlla': { input: none, output: operazioneAvviata },
  'archivio.operazione': { input: z.object({ id: z.string().max(64) }).strict(), output: operazioneSchema },
  'archivio.conservazione': { input: none, output: conservazioneSchema },
  'archivio.salvaConservazione': { input: conservazioneSchema, output: conservazioneSchema, mutates: true },

  /** Albo pretorio (TUEL art. 124): publications in course (or starting later), ended, or all. */
  'pubblicazioni.elenco': { input: alboElencoInputSchema, output: z.array(pubblicazioneSchema) },
  'pubblicazioni.perVerbale': { input: z.object({ verbaleId: id }).strict(), output: pubblicazioniVerbaleSchema },
  /** The copy as it would be published, marked as a preview: checked like the publication, nothing recorded. */
  'pubblicazioni.anteprima': { input: pubblicaSchema, output: fileOutSchema },
  /** Records the publication of a signed verbale (or an estratto of it) and stores its copy with omissis, as PDF/A. */
  'pubblicazioni.pubblica': { input: pubblicaSchema, output: pubblicazioneSchema, mutates: true },
  /** The certificate of publication, once the period has ended: stored as PDF/A to be signed. */
  'pubblicazioni.referto': { input: refertoSchema, output: pubblicazioneSchema, mutates: true },
  'pubblicazioni.scaricaCopia': { input: byId, output: fileOutSchema },
  'pubblicazioni.scaricaReferto': { input: byId, output: fileOutSchema },

  /** AgID metadata (Allegato 5) of a verbale's documents: its PDF/A, signed files and allegati, as recorded when fixed. */
  'metadati.verbale': { input: byId, output: z.array(metadatoSchema) },
  'metadati.xml': { input: documentoRefSchema, output: fileOutSchema },
  /** A convocation, estratto or testo coordinato as produced now, with its metadata XML beside it, in a ZIP. */
  'metadati.documento': { input: documentoSuRichiestaSchema, output: fileOutSchema },
  /** Pacchetti di versamento (SInCRO index, files, metadata): recorded once, downloadable again byte for byte. */
  'versamenti.elenco': { input: none, output: z.array(versamentoSchema) },
  'versamenti.crea': {
    input: z.object({ selezione: selezioneSchema }).strict(),
    output: z.object({ versamento: versamentoSchema, esclusi: z.array(z.string()), file: fileOutSchema }),
    mutates: true,
  },
  'versamenti.scarica': { input: byId, output: fileOutSchema },
  /** The whole archive for a successor or an auditor: acts, metadata, data as CSV, index with every SHA-256. */
  'esportazione.archivio': { input: none, output: fileOutSchema },
} as const satisfies Record<string, ChannelDef>;

/** `mutates` channels take the write lock up front (BEGIN IMMEDIATE): no lock upgrade races between processes. */
interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
  mutates?: true;
}

export type Channels = typeof channels;
export type Channel = keyof Channels;
/** What a caller sends (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
/** What a handler receives after validation. */
export type ChannelArgs<C extends Channel> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;

/** The typed call every transport offers the renderer (preload, HTTP) and the backend offers tests. */
export type Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(channels, name);
