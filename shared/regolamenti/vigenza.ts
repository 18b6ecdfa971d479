// Multivigenza: the text of a regolamento in force on any date, and the history of one article.
import { isoDate } from '../domain/fields';
import { formatDateIt } from '../italian';
import { abrogatedEntry, applyVersione, inEffectOrder, numeroKey, versioneRef, type Consolidato } from './consolidate';
import { compareNumeri } from './numero';
import type { ArticoloVigente, Versione, VersioneRef } from './types';

export interface TestoVigenteOptions {
  /** Keep repealed articles as "(abrogato)" entries under their number (the default, as Italian consolidated texts do). */
  includeAbrogati?: boolean;
}

export type TestoVigente =
  | {
      inVigore: true;
      data: string;
      /** In legal order (1, 2, 2-bis, 3 …), each marked with the version that last changed it. */
      articoli: ArticoloVigente[];
      /** The versions that make up the text: the whole text it starts from, then each amendment applied. */
      versioni: VersioneRef[];
      /** Amendments that did not fit the text they amend (see applyVersione). */
      avvisi: string[];
    }
  | { inVigore: false; data: string; motivo: string };

function assertIsoDate(date: string): void {
  if (!isoDate.safeParse(date).success) throw new RangeError(`Invalid ISO date (YYYY-MM-DD): "${date}"`);
}

function whyNothingInForce(ordered: readonly Versione[], date: string): string {
  const first = ordered[0];
  if (first === undefined) return 'Il regolamento non ha ancora versioni.';
  if (first.vigenteDal > date) {
    return `Al ${formatDateIt(date)} il regolamento non è in vigore: la prima versione entra in vigore il ${formatDateIt(first.vigenteDal)}.`;
  }
  return `Al ${formatDateIt(date)} non è in vigore un testo integrale a cui applicare le modifiche.`;
}

/**
 * The text in force on `date` (ISO): the latest whole text in force on that day, then every
 * later amendment in force on that day, in the order they took effect.
 */
export function testoVigente(versioni: readonly Versione[], date: string, options: TestoVigenteOptions = {}): TestoVigente {
  assertIsoDate(date);
  const ordered = inEffectOrder(versioni);
  const inForce = ordered.filter((v) => v.vigenteDal <= date);
  const base = inForce.findLastIndex((v) => v.kind === 'testo_integrale');
  if (base === -1) return { inVigore: false, data: date, motivo: whyNothingInForce(ordered, date) };

  const applied = inForce.slice(base);
  const consolidato: Consolidato = new Map();
  const avvisi: string[] = [];
  for (const versione of applied) applyVersione(consolidato, versione, avvisi);

  const articoli = [...consolidato.values()]
    .filter((a) => options.includeAbrogati !== false || !a.abrogato)
    .sort((a, b) => compareNumeri(a.numero, b.numero));
  return { inVigore: true, data: date, articoli, versioni: applied.map(versioneRef), avvisi };
}

/**
 * The successive texts of one article, each with the version that set it, from the first whole
 * text on. An article left out of a later whole text ends there as repealed.
 */
export function storiaArticolo(versioni: readonly Versione[], numero: string): ArticoloVigente[] {
  const key = numeroKey(numero);
  const ordered = inEffectOrder(versioni);
  const start = ordered.findIndex((v) => v.kind === 'testo_integrale');
  if (start === -1) return [];

  const consolidato: Consolidato = new Map();
  const ignoredAvvisi: string[] = [];
  const storia: ArticoloVigente[] = [];
  for (const versione of ordered.slice(start)) {
    const before = consolidato.get(key);
    applyVersione(consolidato, versione, ignoredAvvisi);
    const after = consolidato.get(key);
    if (after !== undefined && after !== before) storia.push(after);
    else if (after === undefined && before !== undefined && !before.abrogato) storia.push(abrogatedEntry(key, versioneRef(versione)));
  }
  return storia;
}
