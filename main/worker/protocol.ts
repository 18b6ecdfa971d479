import type { Result } from '../../shared/result';

/** What the backend thread needs to open the archive (plain data: it crosses the thread boundary). */
export interface BackendThreadOptions {
  dbPath: string;
  assetsDir: string;
  /** Tests only: a fixed "now" (ISO instant) instead of the system clock. */
  fixedNow?: string;
  /** The shell offers a folder dialog for saving a copy of the archive (asked back on the window's thread). */
  canChooseBackupFolder: boolean;
}

export type ToThread =
  | { type: 'call'; id: number; channel: unknown; input: unknown }
  | { type: 'folderChosen'; id: number; folder: string | undefined }
  | { type: 'close' };

export type FromThread =
  | { type: 'ready'; dataFile: string }
  | { type: 'failed'; message: string; code: string | null }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'chooseFolder'; id: number }
  | { type: 'closed' };
