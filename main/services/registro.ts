import { formatVerbaleNumber } from '../../shared/italian';
import type { Deps } from '../handlers/types';

/** The numbers `da`..`last` of the year, in order, in one query; numbers without an act are shown, never hidden. */
function righe(deps: Deps, organoId: number, anno: number, da: number, last: number) {
  const byNumber = new Map(deps.verbali.registro(organoId, anno, da, last).map((v) => [v.numero, v]));
  return Array.from({ length: Math.max(0, last - da + 1) }, (_, i) => {
    const numero = da + i;
    const verbale = byNumber.get(numero) ?? null;
    return { numero, numeroTesto: formatVerbaleNumber(numero, anno), inArchivio: verbale !== null, verbale };
  });
}

/** Every number of the year, from 01 to the last. */
export const registroRighe = (deps: Deps, organoId: number, anno: number) =>
  righe(deps, organoId, anno, 1, deps.verbali.registroConteggi(organoId, anno).ultimo);

/** `limite` numbers of the year's register from `da`, with the year's totals: a page never reads the whole year. */
export function registroPagina(deps: Deps, organoId: number, anno: number, da: number, limite: number) {
  const { ultimo, verbali } = deps.verbali.registroConteggi(organoId, anno);
  return {
    anno,
    anni: deps.verbali.years(organoId),
    ultimo,
    mancanti: ultimo - verbali,
    da,
    righe: righe(deps, organoId, anno, da, Math.min(ultimo, da + limite - 1)),
  };
}
