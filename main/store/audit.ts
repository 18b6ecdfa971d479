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
