// Pre-checks that handlers call before a write a foreign key would refuse: a missing reference becomes NOT_FOUND
// naming the thing, a row still referred to becomes CONFLICT saying what holds it, never an internal error.
import { formatDateIt, formatVerbaleNumber } from '../../shared/italian';
import type { Db } from '../db/open';
import { conflict, notFound } from '../errors';
import { referencesStore, type ReferencesStore } from '../store/references';

/** Prepared once per connection, so callers need nothing new in Deps. */
const stores = new WeakMap<Db, ReferencesStore>();
function storeOf(db: Db): ReferencesStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = referencesStore(db)));
  return store;
}

export function requireOrgano(deps: { db: Db }, organoId: number): void {
  if (!storeOf(deps.db).organoExists(organoId)) throw notFound('Organo');
}

/** An agenda item that approved a verbale or a regolamento version is part of that act: it cannot go. */
export function assertPuntoRemovable(deps: { db: Db }, puntoId: number): void {
  const store = storeOf(deps.db);
  const verbale = store.verbaleApprovedBy(puntoId);
  if (verbale) {
    throw conflict(`Il punto è richiamato dal verbale n. ${formatVerbaleNumber(verbale.numero, verbale.anno)}: non può essere eliminato.`);
  }
  const versione = store.versioneApprovedBy(puntoId);
  if (versione) {
    throw conflict(
      `Il punto è richiamato dal regolamento «${versione.titolo}» (versione in vigore dal ${formatDateIt(versione.vigente_dal)}): non può essere eliminato.`,
    );
  }
}
