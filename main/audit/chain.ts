import { createHash } from 'node:crypto';

/** The stored columns of an audit entry that its hash covers, exactly as stored (JSON columns as their text). */
export interface HashedAuditRow {
  id: number;
  at: string;
  operatore: string;
  canale: string;
  action: string;
  entity: string;
  entity_id: number | null;
  detail: string;
  modifiche: string;
  prev_hash: string | null;
}

/**
 * SHA-256 of one entry, chained to the previous entry's hash: editing, deleting or reordering an entry breaks every
 * hash after it, which the integrity check reports.
 */
export function auditEntryHash(row: HashedAuditRow): string {
  const fields = [row.id, row.at, row.operatore, row.canale, row.action, row.entity, row.entity_id, row.detail, row.modifiche, row.prev_hash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
