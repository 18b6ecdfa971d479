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

export const notFound = (what: string): AppFailure => new AppFailure('NOT_FOUND', `${what} non trovato.`);
export const conflict = (message: string, fields?: Record<string, string>): AppFailure =>
  new AppFailure('CONFLICT', message, fields);
