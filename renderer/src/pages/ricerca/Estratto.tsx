/** Marks around a hit in ricerca.trova's snippets (SQLite FTS5 snippet() with char(2) and char(3)). */
const START = '\u0002';
const END = '\u0003';

/** Splits a snippet into plain text and hits; stray marks are dropped, nothing is parsed as HTML. */
export function splitEstratto(estratto: string): { testo: string; hit: boolean }[] {
  const parts: { testo: string; hit: boolean }[] = [];
  let rest = estratto;
  while (rest !== '') {
    const start = rest.indexOf(START);
    const end = start < 0 ? -1 : rest.indexOf(END, start + 1);
    if (start < 0 || end < 0) {
      parts.push({ testo: rest.replaceAll(START, '').replaceAll(END, ''), hit: false });
      break;
    }
    if (start > 0) parts.push({ testo: rest.slice(0, start).replaceAll(END, ''), hit: false });
    parts.push({ testo: rest.slice(start + 1, end), hit: true });
    rest = rest.slice(end + 1);
  }
  return parts.filter((p) => p.testo !== '');
}

/** The snippet with each hit in <mark>. */
export function Estratto({ estratto }: { estratto: string }) {
  return (
    <p className="risultato-estratto">
      {splitEstratto(estratto).map((p, i) => (p.hit ? <mark key={i}>{p.testo}</mark> : <span key={i}>{p.testo}</span>))}
    </p>
  );
}
