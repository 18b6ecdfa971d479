import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites most of one leaf page of `table` with random bytes, as a failing disk would; the header stays intact. */
export function corruptTablePage(file: string, table: string): void {
  const probe = new Database(file, { readonly: true });
  const pages = probe.prepare<[string], number>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'").pluck().all(table);
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  probe.close();
  if (pages.length < 2) throw new Error(`corruptTablePage: ${table} has fewer than two leaf pages`);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, crypto.randomBytes(pageSize - 200), 0, pageSize - 200, (pages[1]! - 1) * pageSize + 100);
  } finally {
    fs.closeSync(fd);
  }
}
