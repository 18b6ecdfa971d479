import type { Clock } from '../../shared/clock';
import { openArchive, type ArchiveCondition, type Db, type OpenedArchive } from '../db/open';

/** What the archive module needs from the backend: the open archive, and a way to swap the file under it. */
export interface ArchiveSession {
  readonly dataFile: string;
  db(): Db;
  condizione(): ArchiveCondition;
  /**
   * Closes the archive, runs `swap` (which moves files and returns how to undo that), reopens; if reopening fails
   * the undo runs, the previous archive is reopened and the error thrown.
   */
  replace(swap: () => () => void): void;
}

/**
 * The archive file the backend works on. `open` takes what to build on each opened connection (the backend's
 * stores and dispatch), called again after a restore replaced the file.
 */
export function createArchiveSession(dataFile: string, clock: Clock) {
  let current: OpenedArchive | undefined;
  let onOpen: (db: Db) => void = () => {};
  const opened = (): OpenedArchive => {
    if (!current) throw new Error('archive not open');
    return current;
  };
  const connect = () => {
    current = openArchive(dataFile, clock);
    onOpen(current.db);
  };

  return {
    dataFile,
    db: () => opened().db,
    condizione: () => opened().condizione,
    /** True when this start created the file (a new archive has nothing to copy yet). */
    created: () => opened().creato,
    open(build: (db: Db) => void): void {
      onOpen = build;
      connect();
    },
    replace(swap: () => () => void): void {
      opened().db.close();
      const undo = swap();
      try {
        connect();
      } catch (error) {
        undo();
        connect();
        throw error;
      }
    },
    close: () => current?.db.close(),
  } satisfies ArchiveSession & Record<string, unknown>;
}
