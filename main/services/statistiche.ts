import type { StatistichePeriodo, StatistichePeriodoInput } from '../../shared/domain/statistiche';
import type { Deps } from '../handlers/types';

/** Attendance per comune and per year over a period; years without a held seduta are listed with zeros. */
export function statistichePeriodo(deps: Deps, { organoId, da, a }: StatistichePeriodoInput): StatistichePeriodo {
  const years = Array.from({ length: a - da + 1 }, (_, i) => da + i);
  const held = new Map(deps.statistiche.sedute(organoId, da, a).map((r) => [r.anno, r]));
  const righe = new Map<number, StatistichePeriodo['righe'][number]>();
  for (const r of deps.statistiche.presenze(organoId, da, a)) {
    const riga = righe.get(r.comune_id) ?? { comuneId: r.comune_id, comune: r.comune, presenze: 0, sedute: 0, perAnno: years.map((anno) => ({ anno, presenze: 0, sedute: 0 })) };
    riga.presenze += r.presenze;
    riga.sedute += r.sedute;
    riga.perAnno[r.anno - da] = { anno: r.anno, presenze: r.presenze, sedute: r.sedute };
    righe.set(r.comune_id, riga);
  }
  return {
    da,
    a,
    anni: years.map((anno) => ({ anno, seduteTenute: held.get(anno)?.tenute ?? 0, seduteConPresenze: held.get(anno)?.con_presenze ?? 0 })),
    righe: [...righe.values()],
  };
}
