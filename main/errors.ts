import type { AppError, ErrorCode } from '../shared/result';

/** Thrown by handlers and the store; dispatch turns it into `{ ok: false, error }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toAppError(): AppError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

/** `what` names the missing thing; `feminine` agrees the participle ("Seduta non trovata."). */
export const notFound = (what: string, feminine = false): AppFailure =>
  new AppFailure('NOT_FOUND', `${what} non ${feminine ? 'trovata' : 'trovato'}.`);
export const conflict = (message: string, fields?: Record<string, string>): AppFailure =>
  new AppFailure('CONFLICT', message, fields);

/**
 * Why a folder could not take a file, read off a Node or SQLite error code: 'pieno' (full disk or USB stick),
 * 'non_scrivibile' (permissions, a read-only share) or undefined for any other failure.
 */
export function folderFailure(error: unknown): 'pieno' | 'non_scrivibile' | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (/ENOSPC|SQLITE_FULL/.test(code)) return 'pieno';
  if (/EACCES|EPERM|EROFS|SQLITE_CANTOPEN|SQLITE_READONLY/.test(code)) return 'non_scrivibile';
  return undefined;
}
