/**
 * The operative part of an item, from its title. A title that names an act ("Approvazione del Piano
 * sociale di zona") becomes the verb ("di approvare il Piano sociale di zona"), so the text needs no
 * quotation of the title; any other title is quoted once.
 */
const VERB_OF_NOUN: Readonly<Record<string, string>> = {
  approvazione: 'approvare',
  adozione: 'adottare',
  modifica: 'modificare',
  modifiche: 'modificare',
  integrazione: 'integrare',
  aggiornamento: 'aggiornare',
  ratifica: 'ratificare',
  nomina: 'nominare',
  elezione: 'eleggere',
  designazione: 'designare',
  istituzione: 'istituire',
  costituzione: 'costituire',
  recepimento: 'recepire',
  revoca: 'revocare',
  proroga: 'prorogare',
  rinnovo: 'rinnovare',
  individuazione: 'individuare',
  determinazione: 'determinare',
};

/** Articulated preposition after the noun → the article the verb takes ("del" → "il"). */
const ARTICLE_OF_PREPOSITION: ReadonlyArray<[RegExp, string]> = [
  [/^dell['’]\s*/i, "l'"],
  [/^della\s+/i, 'la '],
  [/^dello\s+/i, 'lo '],
  [/^delle\s+/i, 'le '],
  [/^degli\s+/i, 'gli '],
  [/^dei\s+/i, 'i '],
  [/^del\s+/i, 'il '],
  [/^di\s+/i, ''],
];

/** "di approvare il Piano sociale di zona 2027", "di prendere atto della relazione"; null when the title names no act. */
export function operativeClause(titolo: string): string | null {
  const title = titolo.trim().replace(/[.;]+$/, '');
  const presa = /^presa\s+d['’]\s*atto\s+(.+)$/i.exec(title);
  if (presa) return `di prendere atto ${presa[1]}`;
  const match = /^(\p{L}+)\s+(.+)$/u.exec(title);
  const verb = match && VERB_OF_NOUN[match[1]!.toLowerCase()];
  if (!match || !verb) return null;
  const rest = match[2]!;
  const prep = ARTICLE_OF_PREPOSITION.find(([re]) => re.test(rest));
  return prep ? `di ${verb} ${prep[1]}${rest.replace(prep[0], '')}` : null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "la proposta di approvazione del Piano …" or "la proposta avente ad oggetto «…»". */
function proposal(titolo: string): string {
  const title = titolo.trim().replace(/[.;]+$/, '');
  return operativeClause(title) ? `la proposta di ${lowerFirst(title)}` : `la proposta avente ad oggetto «${title}»`;
}

export function dispositivo(esito: 'approvata' | 'respinta' | 'numero_legale_mancante', titolo: string): string {
  if (esito === 'approvata') {
    return `LA CONFERENZA DELIBERA\n${operativeClause(titolo) ?? `di approvare ${proposal(titolo)}`}.`;
  }
  if (esito === 'respinta') return `La Conferenza respinge ${proposal(titolo)}.`;
  return `Per mancanza del numero legale, ${proposal(titolo)} non è deliberata ed è rinviata ad altra seduta.`;
}
