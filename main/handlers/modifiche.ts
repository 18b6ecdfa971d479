import { italianDate } from '../../shared/clock';
import { MODIFICHE_PER_PAGINA, modificaSchema, type Modifica } from '../../shared/domain/modifiche';
import { formatDateIt } from '../../shared/italian';
import { describeChanges, operazioneLabel } from '../../shared/modifiche/describe';
import { conflict, notFound } from '../errors';
import { checkRecord } from '../integrity/check';
import type { AuditFilter } from '../audit/trail';
import type { Deps, Handlers } from './types';

/** At most this many entries go into one CSV or PDF export (a period or an act narrows it). */
const EXPORT_LIMIT = 10_000;

type Filtro = Omit<AuditFilter, 'limit' | 'offset'>;

function entries(deps: Deps, filtro: Filtro, limit: number, offset: number) {
  const { totale, righe } = deps.auditTrail.page({ ...filtro, limit, offset });
  return {
    totale,
    righe: righe.map((r): Modifica => {
      const detail = JSON.parse(r.detail) as { input?: unknown; note?: unknown[] };
      return modificaSchema.parse({
        id: r.id,
        at: r.at,
        operatore: r.operatore,
        canale: r.canale,
        azione: r.canale ? operazioneLabel(r.canale) : r.action,
        entity: r.entity,
        entityId: r.entity_id,
        input: detail.input ?? detail,
        note: detail.note ?? [],
        modifiche: JSON.parse(r.modifiche),
      });
    }),
  };
}

const whenIt = (iso: string) => {
  const instant = new Date(iso);
  return `${formatDateIt(italianDate(instant))} ${instant.toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
};

/** RFC 4180 CSV with a BOM and semicolons, as Excel in Italian locale opens it. */
const csvCell = (v: string | number | null) => {
  const text = v === null ? '' : String(v);
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

function sessione(deps: Deps) {
  return { operatore: deps.session.operatore, predefinito: deps.session.predefinito, operatori: deps.operatori.list() };
}

export const modificheHandlers: Handlers<
  | 'modifiche.elenco'
  | 'modifiche.csv'
  | 'modifiche.pdf'
  | 'sessione.get'
  | 'sessione.operatore'
  | 'operatori.aggiungi'
  | 'operatori.rimuovi'
  | 'integrita.stato'
  | 'integrita.verifica'
> = {
  'modifiche.elenco': (deps, { pagina, ...filtro }) => {
    const { totale, righe } = entries(deps, filtro, MODIFICHE_PER_PAGINA, (pagina - 1) * MODIFICHE_PER_PAGINA);
    return { totale, pagina, perPagina: MODIFICHE_PER_PAGINA, operatori: deps.auditTrail.operatori(), righe };
  },

  'modifiche.csv': (deps, { pagina: _pagina, ...filtro }) => {
    const header = ['N.', 'Data e ora', 'Operatore', 'Operazione', 'Atto', 'Modifiche'];
    const lines = entries(deps, filtro, EXPORT_LIMIT, 0).righe.map((m) =>
      [m.id, whenIt(m.at), m.operatore, m.azione, m.entityId === null ? m.entity : `${m.entity} ${m.entityId}`, describeChanges(m.modifiche).join('\n')]
        .map(csvCell)
        .join(';'),
    );
    const csv = `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
    return { nomeFile: 'Registro_delle_modifiche.csv', mime: 'text/csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
  },

  'modifiche.pdf': {
    async: async (deps, { pagina: _pagina, ...filtro }) => {
      const { righe, ente } = deps.read(() => ({ righe: entries(deps, filtro, EXPORT_LIMIT, 0).righe, ente: deps.ente.get() }));
      const pdf = await deps.pdf.render({
        meta: { title: 'Registro delle modifiche', subject: "Registro delle modifiche dell'archivio", author: ente.nome, keywords: ['Registro delle modifiche'], creationDate: deps.clock.now() },
        letterhead: { title: ente.nome, subtitle: 'Registro delle modifiche', lines: [] },
        footerNote: 'Registro delle modifiche',
        blocks: [
          { type: 'heading', level: 1, text: 'REGISTRO DELLE MODIFICHE' },
          righe.length === 0
            ? { type: 'paragraph', text: 'Nessuna modifica nel periodo indicato.', align: 'center' }
            : {
                type: 'table',
                columns: [{ header: 'N.', width: 0.07 }, { header: 'Data e ora', width: 0.16 }, { header: 'Operatore', width: 0.14 }, { header: 'Operazione e modifiche' }],
                rows: righe.map((m) => [String(m.id), whenIt(m.at), m.operatore, [m.azione, ...describeChanges(m.modifiche)].join('\n')]),
                zebra: true,
              },
        ],
      });
      return { nomeFile: 'Registro_delle_modifiche.pdf', mime: 'application/pdf', base64: pdf.toString('base64') };
    },
  },

  'sessione.get': (deps) => sessione(deps),

  'sessione.operatore': (deps, { nome }) => {
    if (nome !== deps.session.predefinito && !deps.operatori.byName(nome)) throw notFound(`Operatore «${nome}»`);
    deps.session.operatore = deps.operatori.byName(nome)?.nome ?? nome;
    return sessione(deps);
  },

  'operatori.aggiungi': (deps, { nome }) => {
    if (deps.operatori.byName(nome)) throw conflict(`L'operatore «${nome}» è già nell'elenco.`, { nome: 'Già presente' });
    deps.operatori.insert(nome);
    return sessione(deps);
  },

  'operatori.rimuovi': (deps, { id }) => {
    if (!deps.operatori.remove(id)) throw notFound('Operatore');
    return sessione(deps);
  },

  'integrita.stato': (deps) => deps.integrita.ultima,

  'integrita.verifica': (deps) => {
    const result = checkRecord(deps.db, deps.clock.now(), deps.progress);
    deps.integrita.ultima = result;
    deps.audit.record({ action: 'verifica', entity: 'archivio', entityId: null, detail: { anomalie: result.anomalie.map((a) => a.messaggio) } });
    return result;
  },
};
