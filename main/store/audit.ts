/** What a handler may say about its change: the action's name and the act it concerns (dispatch records the rest). */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId: number | null;
  detail: Record<string, unknown>;
}

/** Notes for the audit entry dispatch writes for the current call, in the same transaction. */
export interface AuditLog {
  record(entry: AuditEntry): void;
}

/** The fields whose value changed, as { field: [before, after] }. */
export function changedFields<T extends object>(before: T, after: T): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (before[key] !== after[key]) changes[key] = [before[key], after[key]];
  }
  return changes;
}
