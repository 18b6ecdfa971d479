import { letteraAllegato, type Allegato } from '../../shared/domain/allegato';
import { formatDimensione } from '../../shared/italian/format';
import type { Block } from '../pdf';
import { plain } from './common';

/** An allegato as an act lists it: with the agenda item it belongs to, when it is not the act's own. */
export interface AllegatoElencato {
  allegato: Allegato;
  punto: number | null;
}

/**
 * The "Allegati" section of a verbale or an estratto: lettered in the order listed (the act's own letters, since one
 * act lists the allegati of several items), each with its type, size and SHA-256, so the file can be proved the one voted.
 */
export function allegatiBlocks(elenco: readonly AllegatoElencato[]): Block[] {
  if (elenco.length === 0) return [];
  const items = elenco.map(({ allegato: a, punto }, i) => {
    const where = punto === null ? '' : `, al punto n. ${punto}`;
    const copia = a.copiaCartacea ? ", copia digitalizzata dell'originale cartaceo" : '';
    return `Allegato ${letteraAllegato(i)} – ${a.descrizione}${where} (${a.tipo}, ${formatDimensione(a.dimensione)}${copia}, SHA-256 ${a.sha256})`;
  });
  return [
    { type: 'heading', level: 2, text: 'Allegati' },
    { type: 'list', style: 'bulleted', items: items.map(plain) },
  ];
}
