/**
 * Grammatical gender from a person's name, for "il delegato" / "la delegata". The record holds only
 * the name: a title (Dott.ssa, Sig.ra) or a common Italian first name decides; anything else is
 * unknown and the text falls back to the neutral "delegato/a".
 */
export type Genere = 'm' | 'f' | null;

const MALE_IN_A = new Set(['andrea', 'luca', 'nicola', 'mattia', 'elia', 'enea', 'tobia', 'battista', 'gianluca', 'giosuè', 'cosma', 'gianmaria']);
const FEMALE_IN_E_I = new Set(['adele', 'agnese', 'beatrice', 'irene', 'rachele', 'clarice', 'matilde', 'geltrude', 'noemi', 'ester', 'carmen', 'miriam', 'ines']);
const MALE_OTHER = new Set(['gian', 'pier', 'piergiorgio']);
const FEMALE_TITLES = /^(dott\.?ssa|sig\.?ra|avv\.?ta|prof\.?ssa|ing\.?ra|arch\.?ta|on\.?le\s+la)\b/i;
const MALE_TITLES = /^(dott|sig|prof|ing|arch|avv|geom|rag)\.(?!ssa|ra|ta)/i;

export function genereOf(nominativo: string): Genere {
  const name = nominativo.trim();
  if (FEMALE_TITLES.test(name)) return 'f';
  if (MALE_TITLES.test(name)) return 'm';
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (MALE_IN_A.has(first) || MALE_OTHER.has(first)) return 'm';
  if (FEMALE_IN_E_I.has(first)) return 'f';
  if (/^[a-zàèéìòù]{2,}a$/.test(first)) return 'f';
  if (/^[a-zàèéìòù]{2,}[oeiu]$/.test(first)) return 'm';
  return null;
}

const ARTICLE_NOUN: Record<'m' | 'f' | 'n', { il: string; dal: string }> = {
  m: { il: 'il delegato', dal: 'dal delegato' },
  f: { il: 'la delegata', dal: 'dalla delegata' },
  n: { il: 'il/la delegato/a', dal: 'dal/dalla delegato/a' },
};

export const delegato = (nominativo: string, form: 'il' | 'dal'): string => ARTICLE_NOUN[genereOf(nominativo) ?? 'n'][form];
