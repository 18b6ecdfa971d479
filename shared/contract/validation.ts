import { z } from 'zod';
import type { AppError } from '../result';

// Italian defaults for every message a schema does not set itself.
z.config(z.locales.it());

/** Turns a zod failure into the AppError the UI shows: one message per field, plus a summary. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const count = Object.keys(fields).length;
  return {
    code: 'VALIDATION',
    message: count === 1 ? 'Un dato non è valido: correggere il campo evidenziato.' : `${count} dati non sono validi: correggere i campi evidenziati.`,
    fields,
  };
}
