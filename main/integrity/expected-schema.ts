import Database from 'better-sqlite3';
import { migrate } from '../db/migrate';
import type { Db } from '../db/open';

export interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

const SCHEMA = "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name";

export const schemaObjects = (db: Db): SchemaObject[] => db.prepare(SCHEMA).all() as SchemaObject[];

let expected: Map<string, SchemaObject> | undefined;

/** The tables, indexes and triggers the migrations create, read off a fresh in-memory database (once per process). */
export function expectedSchema(): Map<string, SchemaObject> {
  if (!expected) {
    const db = new Database(':memory:');
    try {
      migrate(db);
      expected = new Map(schemaObjects(db).map((o) => [`${o.type} ${o.name}`, o]));
    } finally {
      db.close();
    }
  }
  return expected;
}
