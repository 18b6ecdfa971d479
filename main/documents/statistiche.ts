import type { Ente } from '../../shared/domain/ente';
import type { StatistichePeriodo } from '../../shared/domain/statistiche';
import { formatPercentIt } from '../../shared/italian';
import type { Block, PdfDocumentSpec, TableColumn } from '../pdf';
import { letterhead } from './common';

/** Beyond this many years the PDF keeps the totals only (the CSV has every year). */
const MAX_YEAR_COLUMNS = 10;

export const periodoLabel = ({ da, a }: Pick<StatistichePeriodo, 'da' | 'a'>): string => (da === a ? `${da}` : `${da}–${a}`);
const percent = (presenze: number, sedute: number): string => formatPercentIt(sedute ? presenze / sedute : 0);

/** Attendance per comune over a period, year by year, as PDF/A. */
export function statisticheDocument(input: { data: StatistichePeriodo; ente: Ente; organo: string; creationDate: Date }): PdfDocumentSpec {
  const { data, ente, organo, creationDate } = input;
  const periodo = periodoLabel(data);
  const byYear = data.anni.length > 1 && data.anni.length <= MAX_YEAR_COLUMNS;
  const tenute = data.anni.reduce((sum, y) => sum + y.seduteTenute, 0);
  const columns: TableColumn[] = [
    { header: 'Comune', width: byYear ? 0.22 : 0.4 },
    ...(byYear ? data.anni.map((y): TableColumn => ({ header: String(y.anno), align: 'center' })) : []),
    { header: 'Presenze', align: 'right' },
    { header: 'Sedute', align: 'right' },
    { header: '%', align: 'right' },
  ];
  const note: Block[] =
    data.anni.length > MAX_YEAR_COLUMNS
      ? [{ type: 'paragraph', text: `Periodo di ${data.anni.length} anni: la tabella riporta i totali; il dettaglio per anno è nel file CSV.` }]
      : [];
  return {
    meta: {
      title: `Statistiche delle presenze ${periodo} – ${organo}`,
      subject: `Presenze dei comuni alle sedute della ${organo}, ${periodo}`,
      author: ente.nome,
      keywords: ['Statistiche', 'Presenze', organo, periodo],
      creationDate,
    },
    letterhead: letterhead(ente, organo, []),
    footerNote: `Statistiche delle presenze ${periodo}`,
    blocks: [
      { type: 'heading', level: 1, text: `STATISTICHE DELLE PRESENZE ${periodo}` },
      {
        type: 'paragraph',
        text: `Sedute tenute nel periodo: ${tenute} (annullate e convocate escluse). Per ogni comune: sedute a cui ha partecipato, con il Sindaco o un delegato, sulle sedute a cui era chiamato${byYear ? '; per anno, partecipate/chiamato' : ''}.`,
      },
      ...note,
      {
        type: 'table',
        columns,
        rows: data.righe.map((r) => [
          r.comune,
          ...(byYear ? r.perAnno.map((y) => (y.sedute ? `${y.presenze}/${y.sedute}` : '–')) : []),
          String(r.presenze),
          String(r.sedute),
          percent(r.presenze, r.sedute),
        ]),
        zebra: true,
      },
    ],
  };
}

/** A CSV cell: quoted when it holds the separator, a quote or a line break. */
const csvCell = (value: string): string => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** A CSV file as Excel in Italian reads it: UTF-8 with BOM, ";" between fields, CRLF line ends. */
export const csvFile = (rows: readonly (readonly string[])[]): Buffer =>
  Buffer.from(`\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`, 'utf8');

/**
 * The same figures as CSV for a spreadsheet (see csvFile; in Italian the comma is the decimal separator, hence ";");
 * per year two columns, partecipate and chiamato.
 */
export function statisticheCsv(data: StatistichePeriodo): Buffer {
  const header = ['Comune', ...data.anni.flatMap((y) => [`${y.anno} presenze`, `${y.anno} sedute`]), 'Totale presenze', 'Totale sedute', 'Percentuale'];
  const rows = data.righe.map((r) => [
    r.comune,
    ...r.perAnno.flatMap((y) => [String(y.presenze), String(y.sedute)]),
    String(r.presenze),
    String(r.sedute),
    percent(r.presenze, r.sedute),
  ]);
  return csvFile([header, ...rows]);
}
