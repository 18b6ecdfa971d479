import { conflict } from '../errors';
import { changedFields } from '../store/audit';
import type { Handlers } from './types';

export const enteHandlers: Handlers<'ente.get' | 'ente.update' | 'organi.list'> = {
  'ente.get': (deps) => deps.ente.get(),

  'ente.update': (deps, input) => {
    const capofila = deps.comuni.get(input.capofilaComuneId);
    if (!capofila?.attivo) {
      throw conflict('Il comune capofila deve essere uno dei comuni attivi.', {
        capofilaComuneId: 'Scegliere un comune attivo',
      });
    }
    const before = deps.ente.get();
    deps.ente.update(input);
    const after = deps.ente.get();
    deps.audit.record({ action: 'update', entity: 'ente', entityId: 1, detail: changedFields(before, after) });
    return after;
  },

  'organi.list': (deps) => deps.ente.organi(),
};
