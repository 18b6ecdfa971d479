import { toHash } from '../../store/navigation';

/** Back to the list of regolamenti (or to one regolamento, from its sub-pages). */
export function BackLink({ id, titolo }: { id?: number; titolo?: string }) {
  return (
    <nav aria-label="Percorso di navigazione" className="mb-2">
      {id === undefined ? (
        <a href={toHash({ section: 'regolamenti' })}>Elenco dei regolamenti</a>
      ) : (
        <a href={toHash({ section: 'regolamenti', detail: String(id) })}>{titolo ?? 'Torna al regolamento'}</a>
      )}
    </nav>
  );
}
