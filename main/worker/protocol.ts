import type { Result } from '../../shared/result';
import type { ProgressReport } from '../../shared/transport';

/** What the backend thread needs to open the archive (plain data: it crosses the thread boundary). */
export interface BackendThreadOptions {
  dbPath: string;
  assetsDir: string;
  /** Tests only: a fixed "now" (ISO instant) instead of the system clock. */
  fixedNow?: string;
  /** The shell's dialogs the thread may ask for, on the window's thread. */
  dialogs: DialogName[];
}

/** Dialogs only the desktop shell can show: a folder for a copy of the archive, a copy to restore. */
export type DialogName = 'chooseBackupFolder' | 'chooseCopyFile';

export type ToThread =
  /** `progress`: the caller follows the call's progress, so the thread sends it. */
  | { type: 'call'; id: number; channel: unknown; input: unknown; progress: boolean }
  | { type: 'dialogAnswer'; id: number; path: string | undefined }
  | { type: 'memory'; id: number }
  | { type: 'close' };

/** The thread's own JavaScript memory (its V8 heap and the buffers it holds), in bytes; SQLite's is in the process's RSS. */
export interface ThreadMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export type FromThread =
  | { type: 'ready'; dataFile: string }
  | { type: 'failed'; message: string; code: string | null }
  | ({ type: 'progress'; id: number } & ProgressReport)
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'dialog'; id: number; name: DialogName }
  | { type: 'memory'; id: number; memory: ThreadMemory }
  | { type: 'closed' };
