import { conflict } from '../errors';
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
    deps.ente.update(input);
    return deps.ente.get();
  },

  'organi.list': (deps) => deps.ente.organi(),
};
