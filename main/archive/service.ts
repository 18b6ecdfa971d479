import fs from 'node:fs';
import path from 'node:path';
import { todayIn, type Clock } from '../../shared/clock';
import type { Conservazione, Copia, Operazione, StatoArchivio } from '../../shared/domain/archivio';
import { assertKnownVersion } from '../db/migrate';
import { checkHeader, openReadOnly } from '../db/open';
import { AppFailure } from '../errors';
import { backupTo } from './backup';
import { checkIntegrity } from './integrity';
import { inspectCopy } from './inspect';
import { createOperations } from './operations';
import { copiesDirFor, copyFileName, fileStamp, parseCopyName } from './paths';
import { restoreCopy } from './restore';
import { dailyCopiesToPrune } from './retention';
import type { ArchiveSession } from './session';
import { readRetention, saveRetention } from './settings';

export interface ArchiveOptions {
  session: ArchiveSession;
  clock: Clock;
  /**
   * The desktop shell's folder dialog for "Salva una copia" (undefined when the user cancels). Without it (preview,
   * tests) copies are saved in the data folder's copie/. Only the shell decides a path: the renderer never sends one.
   */
  chooseBackupFolder?: () => Promise<string | undefined>;
  /** The shell's file dialog for a copy kept elsewhere: it is brought into copie/ (verified), then restored from the list. */
  chooseCopyFile?: () => Promise<string | undefined>;
}

/** Backup, restore, retention and integrity checks of the archive: the backend's part that outlives a restore. */
export function createArchiveService({ session, clock, chooseBackupFolder, chooseCopyFile }: ArchiveOptions) {
  const operations = createOperations();
  const copiesDir = copiesDirFor(session.dataFile);

  function list(): Copia[] {
    let names: string[];
    try {
      names = fs.readdirSync(copiesDir);
    } catch {
      return [];
    }
    return names
      .flatMap((nome) => {
        const parsed = parseCopyName(nome);
        const stat = parsed && fs.statSync(path.join(copiesDir, nome), { throwIfNoEntry: false });
        return parsed && stat?.isFile() ? [{ nome, tipo: parsed.kind, data: parsed.date, dimensione: stat.size }] : [];
      })
      .sort((a, b) => b.nome.slice(b.nome.lastIndexOf(b.data)).localeCompare(a.nome.slice(a.nome.lastIndexOf(a.data))));
  }

  /** A copy named by the list, resolved inside copie/ only. */
  function resolve(nome: string): string {
    if (!list().some((c) => c.nome === nome)) throw new AppFailure('NOT_FOUND', "Copia non trovata nella cartella delle copie: aggiornare l'elenco.");
    return path.join(copiesDir, nome);
  }

  const saveInto = (dir: string, nome: string) =>
    operations.start('copia', async (progress) => {
      fs.mkdirSync(dir, { recursive: true });
      return { copia: await backupTo(session.db(), path.join(dir, nome), progress) };
    });

  /** Today's automatic copy, if none was taken today, then pruning; never from a damaged archive. */
  function startDailyCopy(): string | undefined {
    const today = todayIn(clock);
    if (session.condizione().stato === 'danneggiato' || operations.running()) return undefined;
    if (list().some((c) => c.tipo === 'giornaliera' && c.data === today)) return undefined;
    return operations.start('copia', async (progress) => {
      fs.mkdirSync(copiesDir, { recursive: true });
      const copia = await backupTo(session.db(), path.join(copiesDir, copyFileName('giornaliera', today)), progress);
      prune();
      return { copia };
    });
  }

  function prune(): void {
    const daily = list().filter((c) => c.tipo === 'giornaliera').map((c) => ({ name: c.nome, date: c.data }));
    for (const name of dailyCopiesToPrune(daily, readRetention(session.db()))) fs.rmSync(path.join(copiesDir, name), { force: true });
  }

  return {
    startDailyCopy,
    stop: operations.stop,
    /** Writes coming in while a restore runs would be lost with the file it replaces. */
    restoring: (): boolean => operations.running()?.tipo === 'ripristino',
    stato(): StatoArchivio {
      const condizione = session.condizione();
      const ultimaCopia = list().find((c) => c.tipo !== 'prima-del-ripristino') ?? null;
      return {
        condizione: condizione.stato,
        motivo: condizione.stato === 'integro' ? null : condizione.motivo,
        ultimaCopia,
        operazioneInCorso: operations.running()?.id ?? null,
        destinazione: chooseBackupFolder ? 'scelta' : 'copie',
        importazione: chooseCopyFile !== undefined,
      };
    },
    list: (): { cartella: string; copie: Copia[] } => ({ cartella: copiesDir, copie: list() }),
    async save(): Promise<{ operazioneId: string } | { annullata: true }> {
      const nome = copyFileName('copia', fileStamp(clock));
      if (!chooseBackupFolder) return { operazioneId: saveInto(copiesDir, nome) };
      const dir = await chooseBackupFolder();
      return dir ? { operazioneId: saveInto(dir, nome) } : { annullata: true };
    },
    /** A copy from another folder, chosen in the shell's dialog, copied into copie/ with the backup API and verified. */
    async importCopy(): Promise<{ operazioneId: string } | { annullata: true }> {
      if (!chooseCopyFile) throw new AppFailure('FORBIDDEN', "Qui le copie si scelgono dall'elenco della cartella delle copie.");
      const file = await chooseCopyFile();
      if (!file) return { annullata: true };
      const target = path.join(copiesDir, copyFileName('copia', fileStamp(clock), 'importata'));
      return {
        operazioneId: operations.start('copia', async (progress) => {
          assertKnownVersion(checkHeader(file).userVersion);
          const source = openReadOnly(file);
          try {
            fs.mkdirSync(copiesDir, { recursive: true });
            return { copia: await backupTo(source, target, progress) };
          } finally {
            source.close();
          }
        }),
      };
    },
    inspect: (nome: string) =>
      operations.start('ispezione', async (progress) => ({ ispezione: await inspectCopy(resolve(nome), progress) })),
    restore: (nome: string) => {
      const file = resolve(nome);
      return operations.start('ripristino', async (progress) => ({ ispezione: await restoreCopy(session, file, clock, progress) }));
    },
    checkIntegrity: () => operations.start('controllo', async (progress) => ({ problemi: await checkIntegrity(session.db(), progress) })),
    operation(id: string): Operazione {
      const op = operations.get(id);
      if (!op) throw new AppFailure('NOT_FOUND', 'Operazione non trovata.');
      return { ...op };
    },
    retention: (): Conservazione => readRetention(session.db()),
    saveRetention: (value: Conservazione): Conservazione => saveRetention(session.db(), value),
  };
}

export type ArchiveService = ReturnType<typeof createArchiveService>;
