/**
 * The luogo is free text ("Sala consiliare del Comune di Lauria", "la sede dell'Ufficio di Piano"):
 * after "presso" a place noun takes its article. Only nouns known here get one; anything else is
 * left as typed, since a wrong article is worse than none.
 */
const ARTICLE_OF_NOUN: Readonly<Record<string, string>> = {
  sala: 'la ',
  sede: 'la ',
  casa: 'la ',
  biblioteca: 'la ',
  residenza: 'la ',
  palazzina: 'la ',
  palazzo: 'il ',
  municipio: 'il ',
  salone: 'il ',
  centro: 'il ',
  teatro: 'il ',
  castello: 'il ',
  complesso: 'il ',
  aula: "l'",
  auditorium: "l'",
  ufficio: "l'",
  ex: "l'",
};

export function placeWithArticle(luogo: string): string {
  const place = luogo.trim();
  const first = /^[\p{L}]+/u.exec(place)?.[0].toLowerCase() ?? '';
  const article = ARTICLE_OF_NOUN[first];
  return article ? `${article}${place}` : place;
}
