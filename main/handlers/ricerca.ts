import { todayIn } from '../../shared/clock';
import { formatDateIt, formatVerbaleNumber } from '../../shared/italian';
import { testoVigente } from '../../shared/regolamenti';
import { loadVersioni } from '../services/regolamenti';
import type { Deps, Handlers } from './types';

/** Which FTS row kinds each filter of the search box covers. */
const KINDS = { verbale: ['sezione', 'verbale'], regolamento: ['articolo', 'regolamento'], seduta: ['seduta', 'punto'] } as const;
type Tipo = keyof typeof KINDS;
const TIPO_OF: Record<string, Tipo> = Object.fromEntries(Object.entries(KINDS).flatMap(([tipo, kinds]) => kinds.map((k) => [k, tipo as Tipo])));

/** Each word as a quoted prefix term: user text never reaches FTS5's query syntax. */
export function ftsQuery(q: string): string | null {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

function vigenteChecker(deps: Deps) {
  const today = todayIn(deps.clock);
  const inForce = new Map<number, Map<string, number>>();
  return (regolamentoId: number, versioneId: number, numero: string): boolean => {
    if (!inForce.has(regolamentoId)) {
      const testo = testoVigente(loadVersioni(deps, regolamentoId).versioni, today, { includeAbrogati: false });
      inForce.set(regolamentoId, new Map(testo.inVigore ? testo.articoli.map((a) => [a.numero, a.versione.id]) : []));
    }
    return inForce.get(regolamentoId)!.get(numero) === versioneId;
  };
}

export const ricercaHandlers: Handlers<'ricerca.cerca' | 'percorso.list'> = {
  'ricerca.cerca': (deps, { q, tipi, anno }) => {
    const query = ftsQuery(q);
    if (!query) return [];
    const kinds = (tipi.length ? tipi : (Object.keys(KINDS) as Tipo[])).flatMap((t) => KINDS[t]);
    const hits = deps.ricerca.search(query, kinds, anno);
    const isVigente = vigenteChecker(deps);
    const seen = new Set<string>();
    const results = [];
    for (const h of hits) {
      const tipo = TIPO_OF[h.tipo]!;
      if (tipo === 'regolamento') {
        const art = h.tipo === 'articolo' ? deps.ricerca.articoloOf(h.rowid) : undefined;
        const regolamentoId = art ? deps.regolamenti.versione(art.versione_id)!.regolamento_id : h.ref;
        const regolamento = deps.regolamenti.get(regolamentoId)!;
        const key = `r${h.rowid}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({
          tipo,
          id: regolamentoId,
          titolo: art ? `${regolamento.titolo} – ${h.titolo}` : h.titolo,
          estratto: h.estratto,
          anno: h.anno,
          vigente: art ? isVigente(regolamentoId, art.versione_id, art.numero) : null,
          link: `#/regolamenti/${regolamentoId}`,
        });
        continue;
      }
      // One result per verbale or seduta, at its best-ranked hit.
      const key = `${tipo}${h.ref}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const titolo =
        tipo === 'verbale' ? (h.tipo === 'verbale' ? h.titolo : `Verbale n. ${deps.verbali.get(h.ref)!.numeroTesto}${h.titolo ? ` – ${h.titolo}` : ''}`) : `Seduta del ${formatDateIt(deps.sedute.get(h.ref)!.data)}${h.tipo === 'punto' ? ` – ${h.titolo}` : ''}`;
      results.push({ tipo, id: h.ref, titolo, estratto: h.estratto, anno: h.anno, vigente: null, link: `#/${tipo === 'verbale' ? 'verbali' : 'sedute'}/${h.ref}` });
    }
    return results.slice(0, 50);
  },

  'percorso.list': (deps) => {
    const sedute = deps.ricerca
      .sedute()
      .map((s) => ({ data: s.data, tipo: 'seduta' as const, titolo: `Seduta del ${formatDateIt(s.data)}`, descrizione: s.oggetto || s.punti || '', link: `#/sedute/${s.id}` }));
    const verbali = deps.ricerca
      .verbali()
      .map((v) => ({ data: v.data, tipo: 'verbale' as const, titolo: `Verbale n. ${formatVerbaleNumber(v.numero, v.anno)}`, descrizione: v.oggetto, link: `#/verbali/${v.id}` }));
    const versioni = deps.regolamenti.allVersioni().map((v) => ({
      data: v.vigente_dal,
      tipo: 'regolamento' as const,
      titolo: deps.regolamenti.get(v.regolamento_id)!.titolo,
      descrizione: v.sintesi,
      link: `#/regolamenti/${v.regolamento_id}`,
    }));
    const order = { seduta: 0, verbale: 1, regolamento: 2 };
    return [...sedute, ...verbali, ...versioni].sort((a, b) => a.data.localeCompare(b.data) || order[a.tipo] - order[b.tipo]);
  },
};
