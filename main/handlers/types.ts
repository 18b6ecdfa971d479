import type { Channel, ChannelArgs, ChannelOutput } from '../../shared/contract/channels';
import type { Clock } from '../../shared/clock';
import type { Db } from '../db/open';
import type { ChangeCapture } from '../audit/capture';
import type { AuditTrail } from '../audit/trail';
import type { AuditLog } from '../store/audit';
import type { OperatoriStore } from '../store/operatori';
import type { VerificaIntegrita } from '../../shared/domain/modifiche';
import type { ComuniStore } from '../store/comuni';
import type { EnteStore } from '../store/ente';
import type { OdgStore } from '../store/odg';
import type { RegoleStore } from '../store/regole';
import type { SeduteStore } from '../store/sedute';
import type { StatisticheStore } from '../store/statistiche';
import type { VerbaliStore } from '../store/verbali';
import type { RegolamentiStore } from '../store/regolamenti';
import type { RicercaStore } from '../store/ricerca';
import type { PdfRenderer } from '../pdf';
import type { ArchiveService } from '../archive/service';
import type { AllegatiStore } from '../store/allegati';
import type { ConservazioneStore } from '../store/versamenti';
import type { Progress } from '../archive/integrity';

/** What every handler may use. Handlers are plain functions of (deps, validated input). */
export interface Deps {
  db: Db;
  /** A read transaction (consistent snapshot) and a write transaction (BEGIN IMMEDIATE), for async handlers. */
  read<T>(fn: () => T): T;
  write<T>(fn: () => T): T;
  dataFile: string;
  /** The only source of "now" for handlers: tests inject a fixed clock. */
  clock: Clock;
  appVersion: string;
  /** Notes for the current call's audit entry (dispatch writes the entry itself). */
  audit: AuditLog;
  auditTrail: AuditTrail;
  changes: ChangeCapture;
  /** Who is working, recorded in every audit entry: chosen at start (defaults to the operating-system user). */
  session: { operatore: string; predefinito: string };
  operatori: OperatoriStore;
  /** The last integrity check of the record (at start, or on demand). */
  integrita: { ultima: VerificaIntegrita | null };
  comuni: ComuniStore;
  ente: EnteStore;
  regole: RegoleStore;
  sedute: SeduteStore;
  /** Attendance over a period of years. */
  statistiche: StatisticheStore;
  odg: OdgStore;
  verbali: VerbaliStore;
  regolamenti: RegolamentiStore;
  ricerca: RicercaStore;
  /** Files attached to agenda items, verbali and regolamento versions. */
  allegati: AllegatiStore;
  /** AgID metadata recorded with the acts, and the pacchetti di versamento sent to conservation. */
  conservazione: ConservazioneStore;
  pdf: PdfRenderer;
  /** How far the current call is, for the caller that asked (a progress bar); does nothing otherwise. */
  progress: Progress;
  /** Backup, restore, retention and integrity checks of the archive file (outlives a restore). */
  archivio: ArchiveService;
}

/** Runs inside the one transaction dispatch opens for it. */
export type Handler<C extends Channel> = (deps: Deps, input: ChannelArgs<C>) => ChannelOutput<C>;

/**
 * For work that must await (PDF rendering): no surrounding transaction, so the handler opens its own,
 * reading in one and writing in another that re-checks what it read.
 */
export interface AsyncHandler<C extends Channel> {
  async: (deps: Deps, input: ChannelArgs<C>) => Promise<ChannelOutput<C>>;
}

export type Handlers<C extends Channel = Channel> = { [K in C]: Handler<K> | AsyncHandler<K> };
