import type { ChannelArgs, ChannelOutput } from '../../shared/contract/channels';
import { todayIn } from '../../shared/clock';
import type { PercorsoCursore } from '../../shared/domain/regolamento';
import { formatDateIt, formatVerbaleNumber } from '../../shared/italian';
import { testoVigente } from '../../shared/regolamenti';
import { loadVersioni } from '../services/regolamenti';
import type { PercorsoRow, SearchHit, SearchKind } from '../store/ricerca';
import type { Deps, Handlers } from './types';

type Tipo = ChannelArgs<'ricerca.trova'>['tipi'][number];

/** Which FTS row kinds each filter of the search box covers. */
const KINDS: Record<Tipo, readonly SearchKind[]> = { verbale: ['sezione', 'verbale'], regolamento: ['articolo', 'regolamento'], seduta: ['seduta', 'punto'] };
const TIPO_OF = Object.fromEntries(Object.entries(KINDS).flatMap(([tipo, kinds]) => kinds.map((k) => [k, tipo]))) as Record<SearchKind, Tipo>;

/**
 * Above this many matches, ranking them all costs more than the ranking tells (the word is in a large share of
 * the acts): the latest hits are shown instead, and the page says so. Ranking this many takes a few milliseconds.
 */
export const RANKED_MAX_MATCHES = 2000;
const RESULTS = 50;
/** Timeline entries per page, and the length of their descriptions. */
export const PERCORSO_PAGE = 100;
const DESCRIPTION_CHARS = 200;

const wordsOf = (q: string): string[] => q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Each word as a quoted prefix term: user text never reaches FTS5's query syntax. */
export function ftsQuery(q: string): string | null {
  const words = wordsOf(q);
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

function risultato(h: SearchHit, isVigente: ReturnType<typeof vigenteChecker>) {
  const tipo = TIPO_OF[h.tipo];
  const base = { tipo, estratto: h.estratto, anno: h.anno, vigente: null };
  switch (h.tipo) {
    case 'articolo':
      return {
        ...base,
        id: h.regolamento_id!,
        titolo: `${h.regolamento_titolo} – ${h.titolo}`,
        vigente: isVigente(h.regolamento_id!, h.articolo_versione!, h.articolo_numero!),
        link: `#/regolamenti/${h.regolamento_id}`,
      };
    case 'regolamento':
      return { ...base, id: h.ref, titolo: h.titolo, link: `#/regolamenti/${h.ref}` };
    case 'verbale':
    case 'sezione': {
      const titolo = h.tipo === 'verbale' ? h.titolo : `Verbale n. ${formatVerbaleNumber(h.verbale_numero!, h.verbale_anno!)}${h.titolo ? ` – ${h.titolo}` : ''}`;
      return { ...base, id: h.ref, titolo, link: `#/verbali/${h.ref}` };
    }
    case 'seduta':
    case 'punto':
      return { ...base, id: h.ref, titolo: `Seduta del ${formatDateIt(h.seduta_data!)}${h.tipo === 'punto' ? ` – ${h.titolo}` : ''}`, link: `#/sedute/${h.ref}` };
  }
}

const isCommon = (deps: Deps, term: string) => deps.ricerca.countUpTo(term, RANKED_MAX_MATCHES + 1) > RANKED_MAX_MATCHES;

/**
 * When every word is too common to rank, the FTS terms to list the latest hits with: the word itself when it is
 * common (a single term is read lazily, newest first), else its prefix. Null when a word is selective enough.
 */
function commonTerms(deps: Deps, words: readonly string[]): string[] | null {
  const terms: string[] = [];
  for (const w of words) {
    const term = isCommon(deps, `"${w}"`) ? `"${w}"` : isCommon(deps, `"${w}"*`) ? `"${w}"*` : null;
    if (!term) return null;
    terms.push(term);
  }
  return terms;
}

function cerca(deps: Deps, { q, tipi, anno }: ChannelArgs<'ricerca.trova'>): ChannelOutput<'ricerca.trova'> {
  const words = wordsOf(q);
  if (!words.length) return { risultati: [], ordine: 'pertinenza' };
  const kinds = (tipi.length ? tipi : (Object.keys(KINDS) as Tipo[])).flatMap((t) => KINDS[t]);
  const common = commonTerms(deps, words);
  const hits = common ? deps.ricerca.recent(common.join(' '), kinds, anno) : deps.ricerca.ranked(ftsQuery(q)!, kinds, anno);
  const isVigente = vigenteChecker(deps);
  // One result per verbale or seduta, at its best-ranked hit; each article version is its own result.
  const seen = new Set<string>();
  const risultati = [];
  for (const h of hits) {
    const key = TIPO_OF[h.tipo] === 'regolamento' ? `r${h.rowid}` : `${TIPO_OF[h.tipo]}${h.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    risultati.push(risultato(h, isVigente));
    if (risultati.length === RESULTS) break;
  }
  // The latest hits come per kind in the order they were indexed: the year puts them in one order.
  if (common) risultati.sort((a, b) => (b.anno ?? 0) - (a.anno ?? 0));
  return { risultati, ordine: common ? 'recenti' : 'pertinenza' };
}

/** At most `max` characters, cut at a word boundary. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;.:–-]+$/, '')}…`;
}

const TIPI_VOCE = ['seduta', 'verbale', 'regolamento'] as const;

function voce(r: PercorsoRow) {
  const tipo = TIPI_VOCE[r.ord];
  const [titolo, link] =
    tipo === 'seduta'
      ? [`Seduta del ${formatDateIt(r.data)}`, `#/sedute/${r.ref}`]
      : tipo === 'verbale'
        ? [`Verbale n. ${formatVerbaleNumber(r.numero!, r.anno!)}`, `#/verbali/${r.ref}`]
        : [r.titolo!, `#/regolamenti/${r.ref}`];
  return { data: r.data, tipo, titolo, descrizione: shortened(r.descrizione ?? '', DESCRIPTION_CHARS), link, cursore: { data: r.data, ord: r.ord, id: r.id } };
}

/** Before every entry: the first page starts here. */
const NEWEST: PercorsoCursore = { data: '9999-12-31', ord: 3, id: 0 };

export const ricercaHandlers: Handlers<'ricerca.trova' | 'percorso.pagina' | 'percorso.anni'> = {
  'ricerca.trova': cerca,

  'percorso.pagina': (deps, { prima }) => {
    const rows = deps.ricerca.percorso(prima ?? NEWEST, PERCORSO_PAGE + 1);
    return { voci: rows.slice(0, PERCORSO_PAGE).map(voce), altre: rows.length > PERCORSO_PAGE };
  },
  'percorso.anni': (deps) => deps.ricerca.percorsoYears(),
};
