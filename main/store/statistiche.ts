import type { Db } from '../db/open';

export interface PresenzeAnnoRow {
  comune_id: number;
  comune: string;
  anno: number;
  presenze: number;
  sedute: number;
}

export interface SeduteAnnoRow {
  anno: number;
  tenute: number;
  con_presenze: number;
}

/** Attendance over a period of years: held sedute only (in corso or chiusa), a convocata one has not taken place. */
export function createStatisticheStore(db: Db) {
  const presenze = db.prepare<[number, string, string], PresenzeAnnoRow>(`
    SELECT c.id AS comune_id, c.nome AS comune, CAST(substr(s.data, 1, 4) AS INTEGER) AS anno,
      count(*) FILTER (WHERE p.stato IN ('sindaco', 'delegato')) AS presenze, count(*) AS sedute
    FROM presenze p JOIN sedute s ON s.id = p.seduta_id JOIN comuni c ON c.id = p.comune_id
    WHERE s.organo_id = ? AND s.data >= ? AND s.data < ? AND s.stato IN ('in_corso', 'chiusa')
    GROUP BY c.id, anno ORDER BY c.nome COLLATE NOCASE, anno`);
  const sedute = db.prepare<[number, string, string], SeduteAnnoRow>(`
    SELECT CAST(substr(s.data, 1, 4) AS INTEGER) AS anno, count(*) AS tenute,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM presenze p WHERE p.seduta_id = s.id)) AS con_presenze
    FROM sedute s
    WHERE s.organo_id = ? AND s.data >= ? AND s.data < ? AND s.stato IN ('in_corso', 'chiusa')
    GROUP BY anno ORDER BY anno`);
  const bounds = (da: number, a: number): [string, string] => [`${da}-01-01`, `${a + 1}-01-01`];
  return {
    presenze: (organoId: number, da: number, a: number) => presenze.all(organoId, ...bounds(da, a)),
    sedute: (organoId: number, da: number, a: number) => sedute.all(organoId, ...bounds(da, a)),
  };
}
export type StatisticheStore = ReturnType<typeof createStatisticheStore>;
