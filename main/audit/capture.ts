import type { Db } from '../db/open';

/** Tables whose rows are not the record: the audit log itself and the search index (derived from other tables). */
const NOT_CAPTURED = /^(sqlite_|audit_log$|ricerca)/;

export interface RowChange {
  table: string;
  op: 'insert' | 'update' | 'delete';
  /** The row's key columns (or rowid). */
  key: Record<string, unknown>;
  /** insert/delete: the whole row; update: only the changed columns as [before, after]. */
  row?: Record<string, unknown>;
  changed?: Record<string, [unknown, unknown]>;
}

interface Column {
  name: string;
  type: string;
  pk: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Connection-local (TEMP) triggers that copy every row written to the app's tables into temp.audit_changes, so that
 * dispatch can record before and after values of any handler, written or to be written, without its cooperation.
 * Blobs are recorded by size: the files themselves are kept, frozen, in their tables.
 */
export function installChangeCapture(db: Db) {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS audit_changes (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT)');
  const tables = (db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").all() as { name: string }[])
    .map((t) => t.name)
    .filter((name) => !NOT_CAPTURED.test(name));
  const keys = new Map<string, string[]>();
  for (const table of tables) {
    const columns = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as Column[];
    const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    keys.set(table, pk.length ? pk : ['rowid']);
    const json = (alias: string) =>
      `json_object(${[...(pk.length ? [] : [{ name: 'rowid', type: '' }]), ...columns]
        .map((c) => `${literal(c.name)}, ${/BLOB/i.test(c.type) ? `'[' || length(${alias}.${quote(c.name)}) || ' byte]'` : `${alias}.${quote(c.name)}`}`)
        .join(', ')})`;
    const t = quote(table);
    const name = (op: string) => quote(`audit_capture_${table}_${op}`);
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('ins')} AFTER INSERT ON main.${t}
        BEGIN INSERT INTO audit_changes (tbl, op, new) VALUES (${literal(table)}, 'insert', ${json('NEW')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('upd')} AFTER UPDATE ON main.${t}
        BEGIN INSERT INTO audit_changes (tbl, op, old, new) VALUES (${literal(table)}, 'update', ${json('OLD')}, ${json('NEW')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('del')} AFTER DELETE ON main.${t}
        BEGIN INSERT INTO audit_changes (tbl, op, old) VALUES (${literal(table)}, 'delete', ${json('OLD')}); END;`);
  }
  const read = db.prepare<[], { tbl: string; op: RowChange['op']; old: string | null; new: string | null }>(
    'SELECT tbl, op, old, new FROM temp.audit_changes ORDER BY seq',
  );
  const clear = db.prepare('DELETE FROM temp.audit_changes');

  const keyOf = (table: string, row: Record<string, unknown>) => Object.fromEntries((keys.get(table) ?? []).map((k) => [k, row[k]]));

  return {
    /** Forgets what was captured (at the start of each call). */
    reset: (): void => {
      clear.run();
    },
    /** The changes captured since the last reset, then forgets them. Updates that changed nothing are left out. */
    take: (): RowChange[] => {
      const changes: RowChange[] = [];
      for (const c of read.all()) {
        const before = c.old ? (JSON.parse(c.old) as Record<string, unknown>) : null;
        const after = c.new ? (JSON.parse(c.new) as Record<string, unknown>) : null;
        if (c.op !== 'update') {
          const row = (after ?? before)!;
          changes.push({ table: c.tbl, op: c.op, key: keyOf(c.tbl, row), row });
          continue;
        }
        const changed = Object.fromEntries(
          Object.keys(after!).filter((k) => before![k] !== after![k]).map((k) => [k, [before![k], after![k]] as [unknown, unknown]]),
        );
        if (Object.keys(changed).length) changes.push({ table: c.tbl, op: 'update', key: keyOf(c.tbl, before!), changed });
      }
      clear.run();
      return changes;
    },
  };
}
export type ChangeCapture = ReturnType<typeof installChangeCapture>;
