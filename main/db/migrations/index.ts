import type { Migration } from '../migrate';
import { m008ActsOfRecord } from './008-acts-of-record';
import { m001Schema } from './001-schema';
import { m002SeedAmbito } from './002-seed-ambito';
import { m003Sedute } from './003-sedute';
import { m004Verbali } from './004-verbali';
import { m005RegolamentiRicerca } from './005-regolamenti-ricerca';
import { m006IndiciLetture } from './006-indici-letture';
import { m007ArchivioConservazione } from './007-archivio-conservazione';
import { m009IntestazioniArticoli } from './009-intestazioni-articoli';
import { m010Allegati } from './010-allegati';
import { m011PresenzeVotazioni } from './011-presenze-votazioni';
import { m013Conservazione } from './013-conservazione';
import { m012Pubblicazioni } from './012-pubblicazioni';

/** In order; a migration's version is its position. Never edit one that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [m001Schema, m002SeedAmbito, m003Sedute, m004Verbali, m005RegolamentiRicerca, m006IndiciLetture, m007ArchivioConservazione, m008ActsOfRecord, m009IntestazioniArticoli, m010Allegati, m011PresenzeVotazioni, m012Pubblicazioni, m013Conservazione];
