import { useMemo, useState } from 'react';
import type { Comune } from '../../../shared/domain/comune';
import { compareIt, formatInteger } from '../format';
import { ComuneBadges } from './ComuneBadges';
import { DataTable, type Column } from './DataTable';
import { Icon } from './Icon';
import { Missing } from './sedute/labels';

type SortKey = 'nome' | 'codiceIstat' | 'popolazioneResidente' | 'sindacoNome';
interface Sort {
  key: SortKey;
  ascending: boolean;
}

const COLUMNS: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'nome', label: 'Comune' },
  { key: 'codiceIstat', label: 'Codice ISTAT' },
  { key: 'popolazioneResidente', label: 'Popolazione', numeric: true },
  { key: 'sindacoNome', label: 'Sindaco' },
];

/** Ascending order of one column; ties and empty mayors fall back on the name. */
function compare(a: Comune, b: Comune, key: SortKey): number {
  switch (key) {
    case 'popolazioneResidente':
      return a.popolazioneResidente - b.popolazioneResidente;
    case 'codiceIstat':
      return a.codiceIstat.localeCompare(b.codiceIstat);
    case 'sindacoNome':
      return compareIt(a.sindacoNome, b.sindacoNome);
    case 'nome':
      return compareIt(a.nome, b.nome);
  }
}

function sortComuni(comuni: readonly Comune[], { key, ascending }: Sort): Comune[] {
  return [...comuni].sort((a, b) => {
    // A mayor not yet recorded goes last in either direction.
    if (key === 'sindacoNome' && !a.sindacoNome !== !b.sindacoNome) return a.sindacoNome ? -1 : 1;
    const order = compare(a, b, key) * (ascending ? 1 : -1);
    return order || compareIt(a.nome, b.nome);
  });
}

interface ComuniTableProps {
  comuni: readonly Comune[];
  selectedId: number | null;
  onEdit: (comune: Comune) => void;
}

/** The comuni, sortable by clicking a column header (default: by name, Italian collation). */
export function ComuniTable({ comuni, selectedId, onEdit }: ComuniTableProps) {
  const [sort, setSort] = useState<Sort>({ key: 'nome', ascending: true });
  const rows = useMemo(() => sortComuni(comuni, sort), [comuni, sort]);

  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: true }));

  const columns: Column[] = [
    ...COLUMNS.map(({ key, label, numeric }): Column => {
      const active = sort.key === key;
      return {
        label: (
          <button type="button" className={`sort-button${active ? ' is-sorted' : ''}`} onClick={() => toggle(key)}>
            {label}
            <Icon name={active && !sort.ascending ? 'it-arrow-down-triangle' : 'it-arrow-up-triangle'} className="icon-sm sort-icon" />
          </button>
        ),
        className: numeric ? 'text-end' : undefined,
        sort: active ? (sort.ascending ? 'ascending' : 'descending') : 'none',
      };
    }),
    { label: 'Azioni', hidden: true },
  ];

  return (
    <DataTable className="table-hover align-middle comuni-table" columns={columns} aria-label="Elenco dei comuni">
      {rows.map((c) => (
        <tr key={c.id} className={c.id === selectedId ? 'is-selected' : c.attivo ? undefined : 'is-inactive'}>
          <th scope="row" className="fw-semibold">
            {c.nome}
            <ComuneBadges comune={c} />
          </th>
          <td className="nowrap">{c.codiceIstat}</td>
          <td className="text-end nowrap">{formatInteger(c.popolazioneResidente)}</td>
          <td>{c.sindacoNome || <Missing />}</td>
          <td className="text-end nowrap">
            <button
              type="button"
              className="btn btn-outline-primary btn-xs"
              aria-label={`Modifica ${c.nome}`}
              data-comune-id={c.id}
              onClick={() => onEdit(c)}
            >
              Modifica
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
