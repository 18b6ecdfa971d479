import { formatVerbaleNumber } from '../../shared/italian';
import type { Deps } from '../handlers/types';

/** Every number from 01 to the last of the year, in order; numbers without an act are shown, never hidden. */
export function registroRighe(deps: Deps, organoId: number, anno: number) {
  const verbali = deps.verbali.byYear(organoId, anno);
  const byNumber = new Map(verbali.map((v) => [v.numero, v]));
  const last = Math.max(0, ...verbali.map((v) => v.numero));
  return Array.from({ length: last }, (_, i) => {
    const v = byNumber.get(i + 1);
    return {
      numero: i + 1,
      numeroTesto: formatVerbaleNumber(i + 1, anno),
      inArchivio: v !== undefined,
      verbale: v ? { ...v, rettifiche: deps.verbali.rettifiche(v.id).map((r) => ({ id: r.id, numeroTesto: r.numeroTesto, stato: r.stato })) } : null,
    };
  });
}
