// Regolamenti: versions and point-in-time text, amendment summaries, differences, and the
// article splitter used by the import. Pure: no I/O, usable by every process.
export type { Articolo, ArticoloVigente, Modifica, ModificaTipo, Versione, VersioneRef } from './types';
export { compareNumeri, normaliseNumero } from './numero';
export { TESTO_ABROGATO } from './consolidate';
export { storiaArticolo, testoVigente, type TestoVigente, type TestoVigenteOptions } from './vigenza';
export { sintesiModifiche } from './sintesi';
export { diffTesti, diffVersioni, type DiffArticolo, type Segmento } from './diff';
export { splitArticoli, type SplitResult } from './split';
