import type { AriaAttributes, KeyboardEvent, ReactNode } from 'react';

/** A column header: its text, or the text with the header cell's class; `hidden` keeps it for screen readers only (e.g. «Azioni»). */
export type Column = string | ColumnSpec;

interface ColumnSpec {
  label: ReactNode;
  className?: string;
  hidden?: boolean;
  /** aria-sort of a sortable column. */
  sort?: AriaAttributes['aria-sort'];
}

interface DataTableProps {
  /** Classes after Bootstrap's `table`, e.g. "align-middle sedute-table". */
  className: string;
  /** Extra classes of the scrolling wrapper (`table-responsive`). */
  wrapperClassName?: string;
  columns: readonly Column[];
  /** The rows of the body. */
  children: ReactNode;
  id?: string;
  /** The table's accessible name, or the id of the heading that names it. */
  'aria-label'?: string;
  'aria-labelledby'?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTableElement>) => void;
}

/** Every table of the app: scrollable on small screens, one header row of column headers, the rows given. */
export function DataTable({ className, wrapperClassName = '', columns, children, ...table }: DataTableProps) {
  return (
    <div className={`table-responsive ${wrapperClassName}`.trim()}>
      <table {...table} className={`table ${className}`}>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const { label, className: cellClass, hidden, sort }: ColumnSpec = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={index} scope="col" className={cellClass} aria-sort={sort}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
