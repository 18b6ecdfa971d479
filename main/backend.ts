import { createAllegatiStore } from './store/allegati';
import { createConservazioneStore } from './store/versamenti';
import path from 'node:path';
import { systemClock, type Clock } from '../shared/clock';
import type { Invoke } from '../shared/contract';
import type { Result } from '../shared/result';
import { createArchiveService } from './archive/service';
import type { Progress } from './archive/integrity';
import { damagedDispatch } from './archive/damaged';
import { explainDamage, refuseWrite } from './archive/gate';
import { createArchiveSession } from './archive/session';
import type { Db } from './db/open';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';
import type { Deps } from './handlers/types';
import { installChangeCapture } from './audit/capture';
import { createAuditTrail } from './audit/trail';
import { defaultOperatore } from './audit/operatore';
import { checkAtStart } from './integrity/at-start';
import { recordLegacyClosings } from './services/seduta-record';
import { createOperatoriStore } from './store/operatori';
import { createComuniStore } from './store/comuni';
import { createEnteStore } from './store/ente';
import { createOdgStore } from './store/odg';
import { createRegoleStore } from './store/regole';
import { createSeduteStore } from './store/sedute';
import { createStatisticheStore } from './store/statistiche';
import { createVerbaliStore } from './store/verbali';
import { createRegolamentiStore } from './store/regolamenti';
import { createRicercaStore } from './store/ricerca';
import { createPdfRenderer } from './pdf';
import { APP_VERSION } from './version';

export interface Backend {
  /** Typed call, for code that knows the channel at compile time. */
  invoke: Invoke;
  /** The same call for transports, whose channel and input come from outside and are untrusted. */
  handle(channel: unknown, input: unknown, onProgress?: Progress): Promise<Result<unknown>>;
  readonly dataFile: string;
  /** Prepares the first PDF export ahead of need (transports call it in idle time after start). */
  warm(): Promise<void>;
  close(): void;
}

export interface BackendOptions {
  dbPath: string;
  /** The app's assets folder (fonts for PDF): inside the asar when packaged, the checkout's assets/ otherwise. */
  assetsDir: string;
  /** Defaults to the system clock; tests pass a fixed one. */
  clock?: Clock;
  /** The desktop shell's folder dialog for saving a copy of the archive; without it copies go to the data folder's copie/. */
  chooseBackupFolder?: () => Promise<string | undefined>;
  /** The shell's file dialog to bring in a copy kept elsewhere (e.g. on a USB stick) before restoring it. */
  chooseCopyFile?: () => Promise<string | undefined>;
}

/** Opens the store at dbPath (migrating it) and returns the backend every transport and test calls. */
export function openBackend({ dbPath, assetsDir, clock = systemClock, chooseBackupFolder, chooseCopyFile }: BackendOptions): Backend {
  const session = createArchiveSession(dbPath, clock);
  const archivio = createArchiveService({ session, clock, chooseBackupFolder, chooseCopyFile });
  // One renderer for the process: its fonts, once parsed, serve every archive opened (also after a restore).
  const pdf = createPdfRenderer({ fontsDir: path.join(assetsDir, 'fonts') });
  const operator = { operatore: defaultOperatore(), predefinito: defaultOperatore() };
  // Built again on the new file after a restore.
  const makeDeps = (db: Db): Deps => ({
    db,
    read: (fn) => db.transaction(fn).deferred(),
    write: (fn) => db.transaction(fn).immediate(),
    dataFile: dbPath,
    clock,
    appVersion: APP_VERSION,
    audit: { record: () => { throw new Error('audit note outside a mutating call'); } },
    auditTrail: createAuditTrail(db, clock),
    changes: installChangeCapture(db),
    session: operator,
    operatori: createOperatoriStore(db),
    integrita: { ultima: checkAtStart(db, clock, operator.operatore) },
    comuni: createComuniStore(db),
    ente: createEnteStore(db),
    regole: createRegoleStore(db),
    sedute: createSeduteStore(db),
    statistiche: createStatisticheStore(db),
    odg: createOdgStore(db),
    verbali: createVerbaliStore(db),
    regolamenti: createRegolamentiStore(db),
    ricerca: createRicercaStore(db),
    allegati: createAllegatiStore(db),
    conservazione: createConservazioneStore(db),
    pdf,
    progress: () => {},
    archivio,
  });
  let dispatch!: ReturnType<typeof createDispatch>;
  const dispatchOn = (db: Db) => {
    try {
      const deps = makeDeps(db);
      recordLegacyClosings(deps);
      return createDispatch(deps, handlers);
    } catch (error) {
      if (session.condizione().stato !== 'danneggiato') throw error;
      return damagedDispatch((deps) => createDispatch(deps, handlers), db, session, { archivio, appVersion: APP_VERSION, clock });
    }
  };
  session.open((db) => (dispatch = dispatchOn(db)));
  if (!session.created()) archivio.startDailyCopy();
  const handle = async (channel: unknown, input: unknown, onProgress?: Progress) =>
    refuseWrite(channel, session, archivio) ?? explainDamage(await dispatch(channel, input, onProgress), session);
  return {
    invoke: handle as Invoke,
    handle,
    dataFile: dbPath,
    warm: () => pdf.warm(),
    close: () => {
      archivio.stop();
      session.close();
    },
  };
}
