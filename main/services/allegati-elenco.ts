import type { AllegatoElencato } from '../documents/allegati-list';
import type { Deps } from '../handlers/types';

/** What a verbale lists: the allegati of its seduta's agenda items in agenda order, then its own. */
export function allegatiOfVerbale(deps: Deps, verbaleId: number, sedutaId: number | null): AllegatoElencato[] {
  const items = sedutaId === null ? [] : deps.allegati.ofSedutaItems(sedutaId);
  return [
    ...items.flatMap(({ posizione, allegati }) => allegati.map((allegato) => ({ allegato, punto: posizione }))),
    ...deps.allegati.list({ tipo: 'verbale', id: verbaleId }).map((allegato) => ({ allegato, punto: null })),
  ];
}

/** What an estratto lists: the allegati of its agenda item. */
export const allegatiOfPunto = (deps: Deps, puntoId: number, posizione: number): AllegatoElencato[] =>
  deps.allegati.list({ tipo: 'punto', id: puntoId }).map((allegato) => ({ allegato, punto: posizione }));
