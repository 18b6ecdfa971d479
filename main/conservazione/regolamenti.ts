import type { Deps } from '../handlers/types';
import { documentoArchiviato, type DocumentoArchiviato } from '../metadata/acts';
import { numeroVerbaleOf, type VersioneRow } from '../store/regolamenti';

const TIPO_ARTICOLO: Record<string, string> = { testo: '', sostituito: ' (sostituito)', inserito: ' (inserito)', abrogato: ' (abrogato)' };

/**
 * A version's articles as plain UTF-8 text, as stored (for a modifica: the articles it changes): readable without the
 * app, and the same bytes every time since the version is frozen with its verbale.
 */
export function testoDellaVersione(deps: Deps, versione: VersioneRow): Buffer {
  const regolamento = deps.regolamenti.get(versione.regolamento_id)!;
  const articoli = deps.regolamenti.articoli(versione.regolamento_id).filter((a) => a.versione_id === versione.id);
  const numero = numeroVerbaleOf(versione);
  const head = [
    regolamento.titolo,
    `${versione.tipo === 'modifica' ? 'Modifica' : 'Testo integrale'} in vigore dal ${versione.vigente_dal}${numero ? `, approvata con il verbale n. ${numero}` : ''}`,
    ...(versione.sintesi ? [versione.sintesi] : []),
  ];
  const body = articoli.map((a) =>
    [...(a.intestazioni ? a.intestazioni.split('\n') : []), `Art. ${a.numero}${TIPO_ARTICOLO[a.tipo] ?? ''}${a.rubrica ? ` – ${a.rubrica}` : ''}`, a.testo].filter(Boolean).join('\n'),
  );
  return Buffer.from(`${[head.join('\n'), ...body].join('\n\n')}\n`, 'utf8');
}

export const allegatoDocumentiDellaVersione = (deps: Deps, versioneId: number): DocumentoArchiviato[] =>
  deps.allegati.list({ tipo: 'versione', id: versioneId }).map((a) => documentoArchiviato(deps, { tipo: 'allegato', id: a.id }));
