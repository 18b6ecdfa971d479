import type { VerbaleDocumentInput } from '../documents/verbale';
import { conflict, notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { allegatiOfVerbale } from './allegati-elenco';
import { loadSedutaDetail } from './seduta-detail';

/** What the verbale's document (PDF/A or .docx working copy) is built from, read in one snapshot. */
export function verbaleDocumentInput(deps: Deps, id: number, creationDate: Date): VerbaleDocumentInput {
  const verbale = deps.verbali.get(id);
  if (!verbale) throw notFound('Verbale');
  if (verbale.stato === 'storico') throw conflict("Verbale storico: il suo testo non è digitalizzato; l'originale è nell'archivio cartaceo.");
  const sedutaComuni = verbale.sedutaId ? loadSedutaDetail(deps, verbale.sedutaId).presenze.map((p) => p.comune) : [];
  const comuni = sedutaComuni.length ? sedutaComuni : deps.comuni.list(false).map((c) => c.nome);
  return { verbale, sezioni: deps.verbali.sezioni(id), ente: deps.ente.get(), organo: deps.ente.organoNome(verbale.organoId), comuni, creationDate, allegati: allegatiOfVerbale(deps, id, verbale.sedutaId) };
}
