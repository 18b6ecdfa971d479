import { useCallback, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import { formatPercentIt } from '../../../../shared/italian/format';
import { invoke } from '../../api/client';
import { currentYear } from '../../clock';
import { useLoad } from '../../hooks/useLoad';
import { DataTable } from '../DataTable';
import { FormField } from '../FormField';
import { Loading, StatusAlert } from '../StatusAlert';
import { useFileAction } from '../verbali/useFileAction';
import { AttendanceChart } from './AttendanceChart';

/** The first year the Ambito's records reach. */
const FIRST_YEAR = 2016;

/** Attendance over a period of years, per comune and per year, with a chart, a PDF/A and a CSV export. */
export function StatistichePeriodo({ organo }: { organo: Organo }) {
  const last = currentYear();
  const [da, setDa] = useState(FIRST_YEAR);
  const [a, setA] = useState(last);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));
  const options = years.map((y) => ({ value: y, label: y }));
  const periodo = { organoId: organo.id, da, a };
  const data = useLoad(useCallback(() => invoke('statistiche.periodo', { organoId: organo.id, da, a }), [organo.id, da, a]));
  const file = useFileAction();
  const label = da === a ? `${da}` : `${da}–${a}`;
  const v = data.value;

  return (
    <section aria-labelledby="periodo-title" className="mt-5 stats-periodo">
      <h2 className="h4" id="periodo-title">
        Presenze su un periodo
      </h2>
      <div className="row g-3 align-items-end">
        <FormField name="da" label="Dal" options={options} value={String(da)} error={undefined} onChange={(y) => setDa(Number(y))} className="col-sm-3" />
        <FormField name="a" label="Al" options={options} value={String(a)} error={data.error} onChange={(y) => setA(Number(y))} className="col-sm-3" />
        <div className="col-sm-6 d-flex flex-wrap gap-2 mb-3">
          <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending || !v} onClick={() => void file.run(() => invoke('documenti.statistichePdf', periodo), 'save')}>
            Scarica PDF/A
          </button>
          <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending || !v} onClick={() => void file.run(() => invoke('documenti.statisticheCsv', periodo), 'save')}>
            Esporta CSV
          </button>
        </div>
      </div>
      <StatusAlert error={file.error} success={file.done} />
      {!v ? (
        !data.error && <Loading />
      ) : v.righe.length === 0 ? (
        <p>Nessuna presenza registrata nel periodo {label}.</p>
      ) : (
        <>
          <p>
            Sedute tenute nel periodo {label}: {v.anni.reduce((sum, y) => sum + y.seduteTenute, 0)}.
          </p>
          <AttendanceChart righe={v.righe} anno={label} />
          <DataTable
            className="table-sm align-middle stats-table mt-4"
            wrapperClassName="stats-wrapper"
            columns={['Comune', ...v.anni.map((y) => ({ label: String(y.anno), className: 'text-end' })), { label: 'Totale', className: 'text-end' }, { label: '%', className: 'text-end' }]}
            aria-label={`Presenze per comune e per anno, ${label}`}
          >
            {v.righe.map((r) => (
              <tr key={r.comuneId}>
                <th scope="row">{r.comune}</th>
                {r.perAnno.map((y) => (
                  <td key={y.anno} className="text-end">
                    {y.sedute ? `${y.presenze}/${y.sedute}` : '–'}
                  </td>
                ))}
                <td className="text-end">
                  {r.presenze}/{r.sedute}
                </td>
                <td className="text-end">{formatPercentIt(r.sedute ? r.presenze / r.sedute : 0)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
