import type { Selezione, Versamento } from '../../shared/domain/conservazione';
import type { FileOut } from '../../shared/domain/verbale';
import { deterministicZip } from '../documents/zip';
import { conflict, notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { contestoOf } from '../metadata/acts';
import { sha256Of } from '../services/seduta-record';
import { INDICE_SINCRO, indiceSincro } from './sincro';
import { pacchettoDi, type FilePacchetto } from './pacchetto';

interface Contenuto {
  versamento: Versamento;
  file: FilePacchetto[];
  indice: string;
  esclusi: string[];
}

const flat = (p: ReturnType<typeof pacchettoDi>) => p.gruppi.flatMap((g) => g.file);

/**
 * Records a pacchetto di versamento (inside the caller's write transaction): the metadata of every document it holds
 * are recorded first if missing, then the versamento with each file's path and SHA-256 and the SInCRO index. Acts not
 * fixed are refused (a single verbale) or left out and named (a year, a regolamento).
 */
export function registraVersamento(deps: Deps, selezione: Selezione): Contenuto {
  const pacchetto = pacchettoDi(deps, selezione, true);
  const creatoIl = deps.clock.now().toISOString();
  const anno = creatoIl.slice(0, 4);
  const identificativo = `PdV-${anno}-${String(deps.conservazione.nextNumber(anno)).padStart(4, '0')}`;
  const ctx = contestoOf(deps);
  const indice = indiceSincro(pacchetto, { identificativo, descrizione: pacchetto.descrizione, creatoIl, operatore: ctx.operatore, ente: ctx.ente, software: ctx.software });
  const file = flat(pacchetto);
  const fields = { identificativo, descrizione: pacchetto.descrizione, selezione, creatoIl, operatore: ctx.operatore, indice, indiceSha256: sha256Of(indice) };
  const id = deps.conservazione.insertVersamento(fields, file.map((f) => ({ percorso: f.percorso, sha256: f.sha256, dimensione: f.contenuto.length })));
  return { versamento: deps.conservazione.versamento(id)!, file, indice, esclusi: pacchetto.esclusi };
}

/**
 * A recorded versamento read back: the same selection gives the same files (the acts are frozen), each checked
 * against the path and SHA-256 recorded when it was sent; the index is the one sent.
 */
export function rileggiVersamento(deps: Deps, id: number): Contenuto {
  const versamento = deps.conservazione.versamento(id);
  if (!versamento) throw notFound('Versamento');
  const recorded = deps.conservazione.files(id);
  const pacchetto = pacchettoDi(deps, versamento.selezione, false);
  const file = flat(pacchetto).filter((f) => recorded.some((r) => r.percorso === f.percorso));
  const same = file.length === recorded.length && file.every((f, i) => f.percorso === recorded[i]!.percorso && sha256Of(f.contenuto) === recorded[i]!.sha256);
  const indice = deps.conservazione.indice(id)!;
  if (!same || sha256Of(indice) !== versamento.indiceSha256) {
    throw conflict(`Il contenuto del versamento ${versamento.identificativo} non corrisponde più a quanto registrato all'invio: eseguire la verifica di integrità dell'archivio.`);
  }
  return { versamento, file, indice, esclusi: pacchetto.esclusi };
}

/** The ZIP: the index first, then the files in the index's order, with fixed dates (the same versamento, the same bytes). */
export async function zipVersamento(c: Contenuto): Promise<FileOut> {
  const zip = await deterministicZip([{ name: INDICE_SINCRO, data: Buffer.from(c.indice, 'utf8') }, ...c.file.map((f) => ({ name: f.percorso, data: f.contenuto }))]);
  return { nomeFile: `${c.versamento.identificativo}.zip`, mime: 'application/zip', base64: zip.toString('base64') };
}
