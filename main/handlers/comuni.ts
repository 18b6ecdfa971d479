import { conflict, notFound } from '../errors';
import type { Deps, Handlers } from './types';

const requireComune = (deps: Deps, id: number) => deps.comuni.get(id) ?? (() => { throw notFound('Comune'); })();

export const comuniHandlers: Handlers<'comuni.list' | 'comuni.get' | 'comuni.update' | 'comuni.create' | 'comuni.setActive'> = {
  'comuni.list': (deps, { includeInactive }) => deps.comuni.list(includeInactive),

  'comuni.get': (deps, { id }) => requireComune(deps, id),

  'comuni.update': (deps, { id, ...contatti }) => {
    requireComune(deps, id);
    deps.comuni.updateContatti(id, contatti);
    return requireComune(deps, id);
  },

  'comuni.create': (deps, input) => {
    const existing = deps.comuni.findByCode(input.codiceIstat, input.codiceCatastale);
    if (existing) {
      throw conflict(`Il comune ${existing.nome} ha già questo codice ISTAT o catastale.`, {
        codiceIstat: 'Codice già presente in archivio',
      });
    }
    const id = deps.comuni.insert(input);
    return requireComune(deps, id);
  },

  'comuni.setActive': (deps, { id, attivo }) => {
    const before = requireComune(deps, id);
    if (!attivo && before.capofila) {
      throw conflict(`${before.nome} è il comune capofila: indicare prima un altro capofila in Impostazioni → Ente.`);
    }
    if (before.attivo !== attivo) deps.comuni.setActive(id, attivo);
    return requireComune(deps, id);
  },
};
