// The data of a regolamento's versions, as the storage layer hands them to the pure functions.

export interface Articolo {
  /** Normalised article number: "6", "6-bis", "12-ter" (see normaliseNumero). */
  numero: string;
  /** The heading ("rubrica"); '' when the article has none. */
  rubrica: string;
  /** The body, paragraphs separated by "\n". */
  testo: string;
  /** Structure headings that open before this article ("TITOLO I – Disposizioni generali", "CAPO II – Organi"), in order. */
  intestazioni?: string[];
}

/**
 * One change of an amending version. `sostituito` without `rubrica` keeps the article's current
 * rubrica, as when an amendment rewrites only the body ("il comma 1 è sostituito dal seguente").
 */
export type Modifica =
  | { tipo: 'sostituito'; numero: string; rubrica?: string; testo: string }
  | { tipo: 'inserito'; numero: string; rubrica?: string; testo: string }
  | { tipo: 'abrogato'; numero: string };

export type ModificaTipo = Modifica['tipo'];

interface VersioneBase {
  id: number;
  /** Date of entry into force, ISO "YYYY-MM-DD". */
  vigenteDal: string;
  /** Number of the approving verbale, "NN/AAAA". */
  numeroVerbale?: string;
}

/** A version is either a whole text (the first approval or a full rewrite) or a set of amendments. */
export type Versione =
  | (VersioneBase & { kind: 'testo_integrale'; articoli: Articolo[] })
  | (VersioneBase & { kind: 'modifica'; modifiche: Modifica[] });

/** What identifies a version to a reader: when it entered into force and which verbale approved it. */
export type VersioneRef = VersioneBase;

/** An article as in force, marked with the version that last changed it. */
export interface ArticoloVigente extends Articolo {
  abrogato: boolean;
  versione: VersioneRef;
}
