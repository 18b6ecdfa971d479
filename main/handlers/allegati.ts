import type { AllegatiElenco, AllegatoOwner } from '../../shared/domain/allegato';
import { formatDateIt, formatVerbaleNumber } from '../../shared/italian';
import { AppFailure, conflict, notFound } from '../errors';
import { attachmentKind } from '../services/attachment-kind';
import { scanKind } from '../services/scan';
import { sha256Of } from '../services/seduta-record';
import type { ActState } from '../store/allegati';
import type { Deps, Handlers } from './types';

const numero = (s: ActState) => (s.numero === null ? '' : ` n. ${formatVerbaleNumber(s.numero, s.anno!)}`);

/** What may be added to the act now, and why not (naming the act). */
function admission(owner: AllegatoOwner, s: ActState): Pick<AllegatiElenco, 'aggiunta' | 'motivo'> {
  if (owner.tipo === 'punto') {
    return s.sedutaStato === 'chiusa'
      ? { aggiunta: 'chiusa', motivo: `Il punto n. ${s.punto} della seduta del ${formatDateIt(s.data)} è chiuso con la seduta: i suoi allegati non cambiano.` }
      : { aggiunta: 'libera', motivo: null };
  }
  const act = owner.tipo === 'verbale' ? `Il verbale${numero(s)} è` : `La versione in vigore dal ${formatDateIt(s.data)} è approvata con il verbale${numero(s)},`;
  switch (s.verbaleStato) {
    case 'esportato':
    case 'firmato':
      return { aggiunta: 'chiusa', motivo: `${act} ${s.verbaleStato === 'firmato' ? 'firmato' : 'esportato per la firma'}: i suoi allegati non cambiano.` };
    case 'storico':
      return owner.tipo === 'verbale'
        ? { aggiunta: 'copia_cartacea', motivo: `${act} un atto storico: riceve solo la copia digitalizzata dell'originale cartaceo, che poi non cambia.` }
        : { aggiunta: 'libera', motivo: null };
    case 'annullato':
      return owner.tipo === 'verbale' ? { aggiunta: 'chiusa', motivo: `${act} annullato: i suoi allegati non cambiano.` } : { aggiunta: 'libera', motivo: null };
    default:
      return { aggiunta: 'libera', motivo: null };
  }
}

function elenco(deps: Deps, owner: AllegatoOwner): AllegatiElenco {
  const state = deps.allegati.actState(owner);
  if (!state) throw owner.tipo === 'versione' ? notFound('Versione del regolamento', true) : notFound(owner.tipo === 'punto' ? 'Punto all’ordine del giorno' : 'Verbale');
  return { allegati: deps.allegati.list(owner), ...admission(owner, state) };
}

const refused = (message: string): never => {
  throw new AppFailure('VALIDATION', message, { file: message });
};

export const allegatiHandlers: Pick<Handlers, 'allegati.elenco' | 'allegati.aggiungi' | 'allegati.rimuovi' | 'allegati.scarica'> = {
  'allegati.elenco': (deps, { owner }) => elenco(deps, owner),

  'allegati.aggiungi': (deps, { owner, descrizione, nomeFile, base64, copiaCartacea }) => {
    const current = elenco(deps, owner);
    if (current.aggiunta === 'chiusa' || (current.aggiunta === 'copia_cartacea' && !copiaCartacea)) throw conflict(current.motivo!);
    if (copiaCartacea && current.aggiunta !== 'copia_cartacea') {
      throw conflict("La copia digitalizzata dell'originale cartaceo si aggiunge solo a un verbale storico.");
    }
    const contenuto = Buffer.from(base64, 'base64');
    const kind = attachmentKind(contenuto, nomeFile);
    if (!kind) refused('Tipo di file non accettato: si allegano PDF, documenti di Office o OpenDocument (.docx, .odt, .xlsx, .ods, .doc, .xls) e immagini JPEG, PNG o TIFF.');
    if (copiaCartacea && !scanKind(contenuto)) {
      refused("La copia digitalizzata dell'originale cartaceo deve essere un PDF o un'immagine (JPEG, PNG o TIFF).");
    }
    const sha256 = sha256Of(contenuto);
    if (deps.allegati.hasFile(owner, sha256)) refused('Questo file è già allegato a questo atto.');
    deps.allegati.insert({ owner, descrizione, nomeFile, mime: kind!.mime, contenuto, sha256, copiaCartacea, aggiuntoIl: deps.clock.now().toISOString() });
    return elenco(deps, owner);
  },

  'allegati.rimuovi': (deps, { id }) => {
    const owner = deps.allegati.owner(id);
    if (!owner) throw notFound('Allegato');
    const current = elenco(deps, owner);
    if (current.aggiunta !== 'libera') throw conflict(current.motivo!);
    deps.allegati.remove(id);
    return elenco(deps, owner);
  },

  'allegati.scarica': (deps, { id }) => {
    const file = deps.allegati.file(id);
    if (!file) throw notFound('Allegato');
    return { nomeFile: file.nome_file, mime: file.mime, base64: file.contenuto.toString('base64') };
  },
};
