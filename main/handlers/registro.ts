import { registroPagina } from '../services/registro';
import type { Handlers } from './types';

export const registroHandlers: Handlers<'verbali.registroPagina' | 'verbali.seduteConVerbale' | 'verbali.elenco'> = {
  'verbali.registroPagina': (deps, { organoId, anno, da, limite }) => registroPagina(deps, organoId, anno, da, limite),
  'verbali.seduteConVerbale': (deps, { organoId, anno }) => deps.verbali.seduteConVerbale(organoId, anno),
  'verbali.elenco': (deps, { organoId }) => deps.verbali.elenco(organoId),
};
