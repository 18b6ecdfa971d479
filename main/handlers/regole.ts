import { formatDateIt } from '../../shared/italian';
import { conflict, notFound } from '../errors';
import type { Deps } from './types';

/** A version applied by a closed seduta is part of that seduta's record. */
function refuseIfApplied(deps: Deps, id: number): void {
  const dates = deps.regole.appliedBy(id);
  if (dates.length) {
    const list = dates.slice(0, 3).map(formatDateIt).join(', ') + (dates.length > 3 ? ` e altre ${dates.length - 3}` : '');
    throw conflict(
      `Queste regole sono state applicate alla chiusura delle sedute del ${list}: non si modificano né si eliminano. Per cambiarle, creare una nuova versione valida da una data successiva.`,
    );
  }
}
import { requireOrgano } from '../services/references';
import type { Handlers } from './types';

export const regoleHandlers: Handlers<'regole.list' | 'regole.save' | 'regole.remove' | 'regole.inForce'> = {
  'regole.list': (deps, { organoId }) => deps.regole.list(organoId),

  'regole.inForce': (deps, { organoId, data }) => deps.regole.inForce(organoId, data) ?? null,

  'regole.save': (deps, { id, ...version }) => {
    requireOrgano(deps, version.organoId);
    const clash = deps.regole.idAt(version.organoId, version.valideDal);
    if (clash !== undefined && clash !== id) {
      throw conflict('Esiste già una versione delle regole valida da questa data: modificare quella.', { valideDal: 'Data già usata da un’altra versione' });
    }
    if (id === undefined) {
      const newId = deps.regole.insert(version);
      return deps.regole.get(newId)!;
    }
    const before = deps.regole.get(id);
    if (!before || before.organoId !== version.organoId) throw notFound('Versione delle regole', true);
    refuseIfApplied(deps, id);
    deps.regole.update(id, version);
    return deps.regole.get(id)!;
  },

  'regole.remove': (deps, { id }) => {
    const version = deps.regole.get(id);
    if (!version) throw notFound('Versione delle regole', true);
    refuseIfApplied(deps, id);
    if (deps.regole.list(version.organoId).length === 1) throw conflict("L'unica versione delle regole non si elimina: modificarla.");
    deps.regole.remove(id);
    return deps.regole.list(version.organoId);
  },
};
