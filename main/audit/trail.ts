import { italianDate, type Clock } from '../../shared/clock';
import type { Db } from '../db/open';
import type { RowChange } from './capture';
import { auditEntryHash, type HashedAuditRow } from './chain';

export interface AuditAppend {
  operatore: string;
  canale: string;
  action: string;
  entity: string;
  entityId: number | null;
  detail: Record<string, unknown>;
  modifiche: readonly RowChange[];
}

export interface AuditFilter {
  dal: string | null;
  al: string | null;
  entity: string | null;
  entityId: number | null;
  operatore: string | null;
  canale: string | null;
  limit: number;
  offset: number;
}

type StoredRow = HashedAuditRow & { hash: string | null; giorno: string | null };

/** The append-only, hash-chained register of every change; appended inside the caller's transaction. */
export function createAuditTrail(db: Db, clock: Clock) {
  const last = db.prepare<[], { id: number; hash: string | null }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const insert = db.prepare(`INSERT INTO audit_log (id, at, giorno, operatore, canale, action, entity, entity_id, detail, modifiche, prev_hash, hash)
    VALUES (@id, @at, @giorno, @operatore, @canale, @action, @entity, @entity_id, @detail, @modifiche, @prev_hash, @hash)`);
  const where = `WHERE (@dal IS NULL OR giorno >= @dal) AND (@al IS NULL OR giorno <= @al) AND (@entity IS NULL OR entity = @entity)
    AND (@entityId IS NULL OR entity_id = @entityId) AND (@operatore IS NULL OR operatore = @operatore)
    AND (@canale IS NULL OR canale = @canale)`;
  const page = db.prepare<AuditFilter, StoredRow>(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`);
  const count = db.prepare<Omit<AuditFilter, 'limit' | 'offset'>, { n: number }>(`SELECT count(*) AS n FROM audit_log ${where}`);
  const operatori = db.prepare<[], { operatore: string }>("SELECT DISTINCT operatore FROM audit_log WHERE operatore <> '' ORDER BY operatore");
  const all = db.prepare<[], StoredRow>('SELECT * FROM audit_log ORDER BY id');

  return {
    append(entry: AuditAppend): number {
      const previous = last.get();
      const now = clock.now();
      const row: HashedAuditRow = {
        id: (previous?.id ?? 0) + 1,
        at: now.toISOString(),
        operatore: entry.operatore,
        canale: entry.canale,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        detail: JSON.stringify(entry.detail),
        modifiche: JSON.stringify(entry.modifiche),
        prev_hash: previous?.hash ?? null,
      };
      insert.run({ ...row, giorno: italianDate(now), hash: auditEntryHash(row) });
      return row.id;
    },
    page: ({ limit, offset, ...filter }: AuditFilter) => ({ totale: count.get(filter)!.n, righe: page.all({ ...filter, limit, offset }) }),
    operatori: () => operatori.all().map((r) => r.operatore),
    /** Every entry in order, one at a time (the chain check streams it). */
    iterate: () => all.iterate(),
  };
}
export type AuditTrail = ReturnType<typeof createAuditTrail>;
