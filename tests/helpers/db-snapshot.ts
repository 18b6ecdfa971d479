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

/** A raw connection on the file, as someone with a SQLite tool would have (foreign keys off: SQLite's default). */
export function withRawDb<T>(dbPath: string, fn: (db: Database.Database) => T): T {
  const db = new Database(dbPath);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** One query on the file through a separate read-only connection (what the app wrote, as another process reads it). */
export function queryDb<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
