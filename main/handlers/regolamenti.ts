import { importRegolamento } from '../import';
import { sintesiModifiche, storiaArticolo, testoVigente, diffVersioni } from '../../shared/regolamenti';
import { testoCoordinatoDocument } from '../documents/testo-coordinato';
import { AppFailure, conflict, notFound } from '../errors';
import { requireOrgano } from '../services/references';
import { detailOf, loadVersioni, requireRegolamento, summaryOf, vigenteOf } from '../services/regolamenti';
import type { ArticoloChange } from '../store/regolamenti';
import type { Deps, Handlers } from './types';

/** The approving verbale and vote must exist and belong to the regolamento's organ. */
function checkApproval(deps: Deps, organoId: number, verbaleId: number | null, puntoId: number | null): void {
  if (verbaleId !== null) {
    const verbale = deps.verbali.get(verbaleId);
    if (!verbale || verbale.organoId !== organoId) throw new AppFailure('VALIDATION', 'Verbale di approvazione non trovato.', { verbaleId: 'Scegliere un verbale dello stesso organo' });
    if (verbale.stato === 'annullato') throw new AppFailure('VALIDATION', 'Il verbale scelto è annullato.', { verbaleId: 'Verbale annullato' });
  }
  if (puntoId !== null && !deps.odg.punto(puntoId)) throw notFound("Punto all'ordine del giorno");
}

/** Refuses an amendment that does not fit the text in force (e.g. replacing an article that does not exist). */
function assertApplies(deps: Deps, regolamentoId: number, versioneId: number, vigenteDal: string): void {
  const { versioni } = loadVersioni(deps, regolamentoId);
  const testo = testoVigente(versioni, vigenteDal);
  const mine = testo.inVigore ? testo.avvisi : [testo.motivo];
  if (mine.length > 0 && versioni.some((v) => v.id === versioneId)) {
    throw new AppFailure('VALIDATION', `La modifica non si applica al testo in vigore: ${mine.join(' ')}`);
  }
}

const asTesto = (articoli: readonly { numero: string; rubrica: string; testo: string; intestazioni?: string[] | undefined }[]): ArticoloChange[] =>
  articoli.map((a) => ({ tipo: 'testo', numero: a.numero, rubrica: a.rubrica, testo: a.testo, intestazioni: a.intestazioni ?? [] }));

export const regolamentiHandlers: Handlers<
  | 'regolamenti.list'
  | 'regolamenti.get'
  | 'regolamenti.vigente'
  | 'regolamenti.storiaArticolo'
  | 'regolamenti.diff'
  | 'regolamenti.importa'
  | 'regolamenti.create'
  | 'regolamenti.aggiungiVersione'
  | 'regolamenti.completaTesto'
  | 'regolamenti.pdf'
> = {
  'regolamenti.list': (deps) => deps.regolamenti.list().map((r) => summaryOf(deps, r)),

  'regolamenti.get': (deps, { id }) => detailOf(deps, id),

  'regolamenti.vigente': (deps, { id, data }) => vigenteOf(deps, id, data),

  'regolamenti.storiaArticolo': (deps, { id, numero }) => {
    requireRegolamento(deps, id);
    return storiaArticolo(loadVersioni(deps, id).versioni, numero);
  },

  'regolamenti.diff': (deps, { id, versioneA, versioneB }) => {
    requireRegolamento(deps, id);
    const { rows, versioni } = loadVersioni(deps, id);
    // The text as it stood right after each version took effect.
    const textAfter = (versioneId: number) => {
      const row = rows.find((v) => v.id === versioneId);
      if (!row || row.testo_disponibile === 0) throw notFound('Versione con testo', true);
      const upTo = versioni.filter((v) => v.vigenteDal < row.vigente_dal || (v.vigenteDal === row.vigente_dal && v.id <= row.id));
      const testo = testoVigente(upTo, row.vigente_dal, { includeAbrogati: false });
      return testo.inVigore ? testo.articoli : [];
    };
    return diffVersioni(textAfter(versioneA), textAfter(versioneB));
  },

  'regolamenti.importa': {
    async: async (deps, { nomeFile, base64 }) => importRegolamento({ fileName: nomeFile, bytes: Buffer.from(base64, 'base64') }, deps.progress),
  },

  'regolamenti.create': (deps, { titolo, organoId, tipo, vigenteDal, verbaleId, puntoId, articoli }) => {
    if (deps.regolamenti.list().some((r) => r.titolo.toLowerCase() === titolo.toLowerCase())) {
      throw conflict('Esiste già un regolamento con questo titolo.', { titolo: 'Titolo già presente' });
    }
    requireOrgano(deps, organoId);
    checkApproval(deps, organoId, verbaleId, puntoId);
    const id = deps.regolamenti.insert(organoId, titolo, tipo);
    const versioneId = deps.regolamenti.insertVersione({ regolamentoId: id, tipo: 'testo_integrale', vigenteDal, verbaleId, puntoId, sintesi: 'Approvazione del testo' });
    deps.regolamenti.setArticoli(versioneId, asTesto(articoli));
    return detailOf(deps, id);
  },

  'regolamenti.aggiungiVersione': (deps, input) => {
    const regolamento = requireRegolamento(deps, input.regolamentoId);
    checkApproval(deps, regolamento.organo_id, input.verbaleId, input.puntoId);
    const rows: ArticoloChange[] =
      input.tipo === 'testo_integrale'
        ? asTesto(input.articoli)
        : input.modifiche.map((m) => ({ tipo: m.tipo, numero: m.numero, rubrica: 'rubrica' in m ? (m.rubrica ?? '') : '', testo: 'testo' in m ? m.testo : '' }));
    const sintesi = input.tipo === 'testo_integrale' ? 'Nuovo testo integrale' : sintesiModifiche(input.modifiche);
    const versioneId = deps.regolamenti.insertVersione({ ...input, sintesi });
    deps.regolamenti.setArticoli(versioneId, rows);
    assertApplies(deps, regolamento.id, versioneId, input.vigenteDal);
    return detailOf(deps, regolamento.id);
  },

  'regolamenti.completaTesto': (deps, { versioneId, articoli }) => {
    const versione = deps.regolamenti.versione(versioneId);
    if (!versione) throw notFound('Versione', true);
    if (versione.testo_disponibile === 1) throw conflict('Il testo di questa versione è già presente.');
    const rows = versione.tipo === 'testo_integrale' ? asTesto(articoli) : articoli.map((a) => ({ ...asTesto([a])[0]!, tipo: 'sostituito' as const }));
    deps.regolamenti.setArticoli(versioneId, rows);
    return detailOf(deps, versione.regolamento_id);
  },

  'regolamenti.pdf': {
    async: async (deps, { id, data }) => {
      const input = deps.read(() => {
        const regolamento = detailOf(deps, id);
        return { regolamento, vigente: vigenteOf(deps, id, data), ente: deps.ente.get(), organo: deps.ente.organoNome(regolamento.organoId), creationDate: deps.clock.now() };
      });
      const pdf = await deps.pdf.render(testoCoordinatoDocument(input));
      return { nomeFile: `Testo_coordinato_${id}_${data}.pdf`, mime: 'application/pdf', base64: pdf.toString('base64') };
    },
  },
};
