import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../shared/clock';
import type { Ispezione } from '../../shared/domain/archivio';
import { AppFailure } from '../errors';
import { inspectCopy } from './inspect';
import type { Progress } from './integrity';
import { copiesDirFor, copyFileName, fileStamp } from './paths';
import type { ArchiveSession } from './session';

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * Replaces the archive with a copy: the copy is verified first (refused with the reason otherwise), copied next to
 * the archive, then — with the archive closed — the current file (and its WAL) is moved to copie/ with a timestamp
 * and the copy takes its name; the backend reopens it (migrating an older copy). If reopening fails, all is put back.
 */
export async function restoreCopy(session: ArchiveSession, copyFile: string, clock: Clock, progress: Progress): Promise<Ispezione> {
  const inspection = await inspectCopy(copyFile, (done, fase) => progress(0.8 * done, `Verifica della copia: ${fase.toLowerCase()}`));
  if (!inspection.valida) throw new AppFailure('CONFLICT', `La copia non può essere ripristinata: ${inspection.motivo}`);
  progress(0.85, 'Preparazione del ripristino');
  const { dataFile } = session;
  const incoming = `${dataFile}.ripristino`;
  await fs.promises.copyFile(copyFile, incoming);
  const aside = path.join(copiesDirFor(dataFile), copyFileName('prima-del-ripristino', fileStamp(clock)));
  progress(0.95, "Sostituzione dell'archivio");
  try {
    session.replace(() => {
      const moved = moveAll(dataFile, aside);
      try {
        fs.renameSync(incoming, dataFile);
      } catch (error) {
        moved.undo();
        throw error;
      }
      return () => {
        for (const suffix of SIDE_FILES) fs.rmSync(`${dataFile}${suffix}`, { force: true });
        moved.undo();
      };
    });
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    if (error instanceof AppFailure) throw new AppFailure('CONFLICT', `Ripristino non eseguito: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new AppFailure('CONFLICT', `Ripristino non eseguito: la cartella dell'archivio non si può modificare (${code}); l'archivio è quello di prima.`);
  }
  return inspection;
}

/** Moves the archive and its side files to `target`, with the undo. */
function moveAll(from: string, target: string): { undo(): void } {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const moved: string[] = [];
  const undo = () => {
    for (const suffix of moved.reverse()) fs.renameSync(`${target}${suffix}`, `${from}${suffix}`);
  };
  try {
    for (const suffix of SIDE_FILES) {
      if (!fs.existsSync(`${from}${suffix}`)) continue;
      fs.renameSync(`${from}${suffix}`, `${target}${suffix}`);
      moved.push(suffix);
    }
  } catch (error) {
    undo();
    throw error;
  }
  return { undo };
}
