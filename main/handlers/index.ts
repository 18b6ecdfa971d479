import { schemaVersion } from '../db/migrate';
import { allegatiHandlers } from './allegati';
import { archivioHandlers } from './archivio';
import { comuniHandlers } from './comuni';
import { conservazioneHandlers } from './conservazione';
import { documentiHandlers } from './documenti';
import { enteHandlers } from './ente';
import { modificheHandlers } from './modifiche';
import { pubblicazioniHandlers } from './pubblicazioni';
import { regolamentiHandlers } from './regolamenti';
import { registroHandlers } from './registro';
import { regoleHandlers } from './regole';
import { ricercaHandlers } from './ricerca';
import { seduteHandlers } from './sedute';
import { statisticheHandlers } from './statistiche';
import { verbaliHandlers } from './verbali';
import type { Handlers } from './types';

export const handlers: Handlers = {
  'app.info': (deps) => ({ version: deps.appVersion, schemaVersion: schemaVersion(deps.db), dataFile: deps.dataFile }),
  ...enteHandlers,
  ...comuniHandlers,
  ...regoleHandlers,
  ...seduteHandlers,
  ...verbaliHandlers,
  ...modificheHandlers,
  ...registroHandlers,
  ...documentiHandlers,
  ...regolamentiHandlers,
  ...ricercaHandlers,
  ...archivioHandlers,
  ...statisticheHandlers,
  ...allegatiHandlers,
  ...conservazioneHandlers,
  ...pubblicazioniHandlers,
};
