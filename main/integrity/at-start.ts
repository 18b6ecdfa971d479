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
  let result: VerificaIntegrita;
  try {
    result = checkRecord(db, clock.now());
  } catch {
    // A damaged file (reported by the archive's own check) cannot be read through: say so, keep the rest usable.
    const messaggio = "La verifica degli atti non si è potuta completare: l'archivio è danneggiato. Ripristinare una copia.";
    return { eseguitaIl: clock.now().toISOString(), integra: false, anomalie: [{ tipo: 'schema', messaggio }], controlli: { oggettiSchema: 0, impronte: 0, vociRegistro: 0 } };
  }
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
