import type { z } from 'zod';
import type { regolamentoDetailSchema, regolamentoSummarySchema, testoVigenteSchema } from '../../shared/domain/regolamento';
import { testoVigente, type Versione } from '../../shared/regolamenti';
import { notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { numeroVerbaleOf, toVersione, type RegolamentoRow, type VersioneRow } from '../store/regolamenti';

export function requireRegolamento(deps: Deps, id: number): RegolamentoRow {
  const regolamento = deps.regolamenti.get(id);
  if (!regolamento) throw notFound('Regolamento');
  return regolamento;
}

/** Every version of a regolamento with its articles, as the pure vigenza functions take them; plus the raw rows. */
export function loadVersioni(deps: Deps, regolamentoId: number): { rows: VersioneRow[]; versioni: Versione[] } {
  const rows = deps.regolamenti.versioni(regolamentoId);
  const articoli = deps.regolamenti.articoli(regolamentoId);
  const versioni = rows.filter((v) => v.testo_disponibile === 1).map((v) => toVersione(v, articoli.filter((a) => a.versione_id === v.id)));
  return { rows, versioni };
}

// Frozen with its verbale's content, from the export for signing on (the database enforces the same).
const immutabile = (v: VersioneRow) => v.testo_disponibile === 1 && (v.verbale_stato === 'esportato' || v.verbale_stato === 'firmato');

export function summaryOf(deps: Deps, r: RegolamentoRow): z.infer<typeof regolamentoSummarySchema> {
  const rows = deps.regolamenti.versioni(r.id);
  return {
    id: r.id,
    titolo: r.titolo,
    tipo: r.tipo,
    organoId: r.organo_id,
    versioni: rows.length,
    ultimaModifica: rows.at(-1)?.vigente_dal ?? null,
    inAttesaDiTesto: rows.some((v) => v.testo_disponibile === 0),
  };
}

export function detailOf(deps: Deps, id: number): z.infer<typeof regolamentoDetailSchema> {
  const r = requireRegolamento(deps, id);
  return {
    ...summaryOf(deps, r),
    elencoVersioni: deps.regolamenti.versioni(id).map((v) => {
      const numeroTesto = numeroVerbaleOf(v);
      return {
        id: v.id,
        tipo: v.tipo,
        vigenteDal: v.vigente_dal,
        verbale: v.verbale_id !== null && numeroTesto ? { id: v.verbale_id, numeroTesto, stato: v.verbale_stato ?? '', data: v.verbale_data ?? '' } : null,
        puntoId: v.punto_id,
        sintesi: v.sintesi,
        testoDisponibile: v.testo_disponibile === 1,
        immutabile: immutabile(v),
        articoli: v.articoli,
      };
    }),
  };
}

/** The text in force on `data`, saying which versions in force are still awaiting their text. */
export function vigenteOf(deps: Deps, id: number, data: string): z.infer<typeof testoVigenteSchema> {
  requireRegolamento(deps, id);
  const { rows, versioni } = loadVersioni(deps, id);
  const versioniInAttesa = rows
    .filter((v) => v.testo_disponibile === 0 && v.vigente_dal <= data)
    .map((v) => ({ id: v.id, vigenteDal: v.vigente_dal, sintesi: v.sintesi }));
  const testo = testoVigente(versioni, data);
  return testo.inVigore
    ? { data, inVigore: true, motivo: null, articoli: testo.articoli, versioniInAttesa, avvisi: testo.avvisi }
    : { data, inVigore: false, motivo: versioniInAttesa.length ? 'Il testo non è ancora stato importato.' : testo.motivo, articoli: [], versioniInAttesa, avvisi: [] };
}
