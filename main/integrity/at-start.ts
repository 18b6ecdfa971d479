import type { Clock } from '../../shared/clock';
import type { VerificaIntegrita } from '../../shared/domain/modifiche';
import { createAuditTrail } from '../audit/trail';
import type { Db } from '../db/open';
import { checkRecord } from './check';

/**
 * The check every start runs. What it finds is shown at once and logged in the register of changes itself;
 * nothing is repaired. An archive opened read-only is checked but not written.
 */
export function checkAtStart(db: Db, clock: Clock, operatore: string): VerificaIntegrita {
  const result = checkRecord(db, clock.now());
  if (!result.integra && !db.readonly) {
    db.transaction(() =>
      createAuditTrail(db, clock).append({
        operatore,
        canale: 'integrita.avvio',
        action: 'verifica',
        entity: 'archivio',
        entityId: null,
        detail: { anomalie: result.anomalie.map((a) => a.messaggio) },
        modifiche: [],
      }),
    ).immediate();
  }
  return result;
}
