// The one step both the point-in-time text and an article's history are built from: applying a
// version to the articles in force just before it.
import { formatDateIt } from '../italian';
import { normaliseNumero } from './numero';
import type { Articolo, ArticoloVigente, Modifica, Versione, VersioneRef } from './types';

/** What a repealed article shows in place of its text, as Italian consolidated texts do. */
export const TESTO_ABROGATO = '(abrogato)';

/** Articles keyed by normalised number; repealed ones stay, marked, so their number is not lost. */
export type Consolidato = Map<string, ArticoloVigente>;

/** Numbers typed by hand ("6 bis") and stored ones ("6-bis") must meet on the same key. */
export const numeroKey = (numero: string): string => normaliseNumero(numero) ?? numero.trim();

export function versioneRef({ id, vigenteDal, numeroVerbale }: VersioneRef): VersioneRef {
  return numeroVerbale === undefined ? { id, vigenteDal } : { id, vigenteDal, numeroVerbale };
}

/** Versions in the order they took effect: by date of entry into force, same-day ties by id. */
export function inEffectOrder(versioni: readonly Versione[]): Versione[] {
  return [...versioni].sort((a, b) => (a.vigenteDal < b.vigenteDal ? -1 : a.vigenteDal > b.vigenteDal ? 1 : a.id - b.id));
}

/** Structure headings stay with the article number: amending or repealing an article does not move the chapter it opens. */
const withIntestazioni = (intestazioni: readonly string[] | undefined) => (intestazioni?.length ? { intestazioni: [...intestazioni] } : {});

export const abrogatedEntry = (numero: string, versione: VersioneRef, intestazioni?: readonly string[]): ArticoloVigente => ({
  ...withIntestazioni(intestazioni),
  numero,
  rubrica: '',
  testo: TESTO_ABROGATO,
  abrogato: true,
  versione,
});

/** "la versione in vigore dal 25/09/2020 (verbale n. 02/2020)". */
export function describeVersione({ vigenteDal, numeroVerbale }: VersioneRef): string {
  const verbale = numeroVerbale ? ` (verbale n. ${numeroVerbale})` : '';
  return `la versione in vigore dal ${formatDateIt(vigenteDal)}${verbale}`;
}

const activeEntry = (articolo: Articolo, versione: VersioneRef): ArticoloVigente => ({
  ...withIntestazioni(articolo.intestazioni),
  numero: numeroKey(articolo.numero),
  rubrica: articolo.rubrica,
  testo: articolo.testo,
  abrogato: false,
  versione,
});

/**
 * Applies one change. A change that does not fit the text it amends (replacing an article not in
 * force, inserting one already there) is still applied as its words say, and reported in `avvisi`:
 * one inconsistent record must not make the whole regolamento unreadable.
 */
function applyModifica(consolidato: Consolidato, modifica: Modifica, versione: VersioneRef, avvisi: string[]): void {
  const numero = numeroKey(modifica.numero);
  const current = consolidato.get(numero);
  const inForce = current !== undefined && !current.abrogato;
  const warn = (what: string) => {
    const text = `${describeVersione(versione)} ${what}`;
    avvisi.push(text.charAt(0).toUpperCase() + text.slice(1));
  };

  if (modifica.tipo === 'abrogato') {
    if (inForce) consolidato.set(numero, abrogatedEntry(numero, versione, current.intestazioni));
    else warn(`abroga l'art. ${numero}, che non è in vigore: nessun effetto.`);
    return;
  }
  if (modifica.tipo === 'sostituito' && !inForce) warn(`sostituisce l'art. ${numero}, che non è in vigore: è trattato come inserito.`);
  if (modifica.tipo === 'inserito' && inForce) warn(`inserisce l'art. ${numero}, che è già in vigore: il testo è sostituito.`);
  const keptRubrica = modifica.tipo === 'sostituito' && inForce ? current.rubrica : '';
  const intestazioni = current?.intestazioni;
  consolidato.set(numero, activeEntry({ numero, rubrica: modifica.rubrica ?? keptRubrica, testo: modifica.testo, ...withIntestazioni(intestazioni) }, versione));
}

/** A whole text replaces everything before it; an amendment changes only the articles it names. */
export function applyVersione(consolidato: Consolidato, versione: Versione, avvisi: string[]): void {
  const ref = versioneRef(versione);
  if (versione.kind === 'testo_integrale') {
    consolidato.clear();
    for (const articolo of versione.articoli) consolidato.set(numeroKey(articolo.numero), activeEntry(articolo, ref));
    return;
  }
  for (const modifica of versione.modifiche) applyModifica(consolidato, modifica, ref, avvisi);
}
