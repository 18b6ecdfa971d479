import { todayIn } from '../../shared/clock';
import type { Pubblicazione } from '../../shared/domain/pubblicazione';
import { addDays } from '../../shared/domain/pubblicazione-periodo';
import type { FileOut } from '../../shared/domain/verbale';
import { formatDateIt } from '../../shared/italian';
import { refertoDocument } from '../documents/referto';
import { conflict, notFound } from '../errors';
import { sha256Of } from '../services/seduta-record';
import { alboFileName, recordAlboMetadata } from '../services/pubblicazione-metadati';
import { copiaRichiesta, nonPubblicabile, refuseNumberTaken, requirePubblicabile } from '../services/pubblicazione';
import { pubblicazioniStore } from '../store/pubblicazioni';
import type { Deps, Handlers } from './types';

function requirePubblicazione(deps: Deps, id: number): Pubblicazione {
  const found = pubblicazioniStore(deps.db).get(id, todayIn(deps.clock));
  if (!found) throw notFound('Pubblicazione', true);
  return found;
}

const pdfOut = (nomeFile: string, bytes: Buffer): FileOut => ({ nomeFile, mime: 'application/pdf', base64: bytes.toString('base64') });

/** The referto is issued once the period is over: from the day after the last day of publication. */
function refuseRefertoNow(p: Pubblicazione, today: string): void {
  if (p.referto) throw conflict(`Il referto della pubblicazione n. ${p.numeroTesto} è già stato emesso il ${formatDateIt(p.referto.il)}.`);
  if (today <= p.al) {
    throw conflict(
      `La pubblicazione n. ${p.numeroTesto} termina il ${formatDateIt(p.al)}: il referto si emette a periodo concluso, dal ${formatDateIt(addDays(p.al, 1))}.`,
    );
  }
}

export const pubblicazioniHandlers: Handlers<
  'pubblicazioni.elenco' | 'pubblicazioni.perVerbale' | 'pubblicazioni.anteprima' | 'pubblicazioni.pubblica' | 'pubblicazioni.referto' | 'pubblicazioni.scaricaCopia' | 'pubblicazioni.scaricaReferto'
> = {
  'pubblicazioni.elenco': (deps, { filtro }) => pubblicazioniStore(deps.db).elenco(filtro, todayIn(deps.clock)),

  'pubblicazioni.perVerbale': (deps, { verbaleId }) => {
    const verbale = deps.verbali.get(verbaleId);
    if (!verbale) throw notFound('Verbale');
    const punti = verbale.sedutaId === null ? [] : deps.odg.punti(verbale.sedutaId).map((p) => ({ id: p.id, posizione: p.posizione, titolo: p.titolo }));
    return {
      pubblicazioni: pubblicazioniStore(deps.db).byVerbale(verbaleId, todayIn(deps.clock)),
      punti,
      nonPubblicabile: nonPubblicabile(verbale),
      dalMinimo: verbale.firmatoIl,
    };
  },

  'pubblicazioni.anteprima': {
    async: async (deps, input) => {
      const { copia } = deps.read(() => copiaRichiesta(deps, input, deps.clock.now(), true));
      return pdfOut(alboFileName({ numero: input.numero, anno: Number(input.dal.slice(0, 4)) }, 'anteprima'), await deps.pdf.render(copia));
    },
  },

  'pubblicazioni.pubblica': {
    async: async (deps, input) => {
      const now = deps.clock.now();
      const { copia, puntoId, oggetto } = deps.read(() => copiaRichiesta(deps, input, now));
      const pdf = await deps.pdf.render(copia);
      return deps.write(() => {
        // Another window may have taken the number meanwhile; the act, being signed, cannot have changed.
        requirePubblicabile(deps, input.atto.verbaleId);
        refuseNumberTaken(deps, input);
        const id = pubblicazioniStore(deps.db).insert({
          verbaleId: input.atto.verbaleId,
          puntoId,
          numero: input.numero,
          dal: input.dal,
          al: input.al,
          oggetto,
          omissis: input.omissis,
          copia: pdf,
          copiaSha256: sha256Of(pdf),
          pubblicatoDa: deps.session.operatore,
          pubblicatoIl: now.toISOString(),
        });
        const published = requirePubblicazione(deps, id);
        recordAlboMetadata(deps, published, 'copia');
        return published;
      });
    },
  },

  'pubblicazioni.referto': {
    async: async (deps, { id, esito, note, firmatario, qualifica }) => {
      const now = deps.clock.now();
      const il = todayIn(deps.clock);
      const nota = esito === 'con_note' ? note : '';
      const spec = deps.read(() => {
        const pubblicazione = requirePubblicazione(deps, id);
        refuseRefertoNow(pubblicazione, il);
        const organo = deps.ente.organoNome(deps.verbali.get(pubblicazione.verbaleId)!.organoId);
        return refertoDocument({ pubblicazione, esito, note: nota, firmatario, qualifica, il, ente: deps.ente.get(), organo, creationDate: now });
      });
      const pdf = await deps.pdf.render(spec);
      return deps.write(() => {
        refuseRefertoNow(requirePubblicazione(deps, id), il);
        pubblicazioniStore(deps.db).setReferto({ id, referto: pdf, sha256: sha256Of(pdf), il, da: deps.session.operatore, esito, note: nota, firmatario, qualifica });
        const done = requirePubblicazione(deps, id);
        recordAlboMetadata(deps, done, 'referto');
        return done;
      });
    },
  },

  'pubblicazioni.scaricaCopia': (deps, { id }) => {
    const p = requirePubblicazione(deps, id);
    return pdfOut(alboFileName(p, 'copia'), pubblicazioniStore(deps.db).file(id)!.copia);
  },

  'pubblicazioni.scaricaReferto': (deps, { id }) => {
    const p = requirePubblicazione(deps, id);
    const referto = pubblicazioniStore(deps.db).file(id)!.referto;
    if (!referto) throw conflict(`Il referto della pubblicazione n. ${p.numeroTesto} non è ancora stato emesso.`);
    return pdfOut(alboFileName(p, 'referto'), referto);
  },
};
