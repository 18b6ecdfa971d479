import type { Db } from '../db/open';

/** Fraction done (0..1) of a long operation, with what it is doing, in Italian. */
export type Progress = (done: number, fase: string) => void;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `PRAGMA integrity_check` one table at a time (each with its indexes), yielding between tables so the app keeps
 * answering and progress can be reported, then `PRAGMA quick_check` over the whole file for what a per-table check
 * cannot see (pages used twice or never). Returns the problems found (empty when the archive is sound), at most 20.
 */
export async function checkIntegrity(db: Db, onProgress: Progress = () => {}): Promise<string[]> {
  let tables: string[];
  try {
    tables = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const problems: string[] = [];
  const steps = tables.length + 1;
  for (const [i, table] of tables.entries()) {
    onProgress(i / steps, `Controllo della tabella ${table}`);
    await nextTurn();
    problems.push(...check(db, `integrity_check("${table.replaceAll('"', '""')}")`));
    if (problems.length >= 20) return problems.slice(0, 20);
  }
  onProgress(tables.length / steps, 'Controllo della struttura del file');
  await nextTurn();
  problems.push(...check(db, 'quick_check(20)'));
  onProgress(1, 'Controllo completato');
  return [...new Set(problems)].slice(0, 20);
}

function check(db: Db, pragma: string): string[] {
  try {
    const rows = db.pragma(pragma) as Record<string, string>[];
    return rows.map((r) => Object.values(r)[0]!).filter((line) => line !== 'ok');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
