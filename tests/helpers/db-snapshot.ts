import Database from 'better-sqlite3';

/**
 * Every row of every table, read through a separate read-only connection:
 * what another process would see on disk, not what the backend's connection believes.
 */
export function snapshotDb(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all();
    // Sorted in JS: WITHOUT ROWID tables have no rowid to order by.
    const rows = (name: string) => db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
    return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]));
  } finally {
    db.close();
  }
}
