import type { Db } from '../db/open';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: number | null;
  detail: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction: the log and the change commit together. */
export function createAuditLog(db: Db) {
  const insert = db.prepare('INSERT INTO audit_log (action, entity, entity_id, detail) VALUES (?, ?, ?, ?)');
  return {
    record({ action, entity, entityId, detail }: AuditEntry): void {
      insert.run(action, entity, entityId, JSON.stringify(detail));
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;

/** The fields whose value changed, as { field: [before, after] }. */
export function changedFields<T extends object>(before: T, after: T): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (before[key] !== after[key]) changes[key] = [before[key], after[key]];
  }
  return changes;
}
