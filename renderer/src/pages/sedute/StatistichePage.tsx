import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { Organo } from '../../../../shared/domain/ente';
import { formatPercentIt } from '../../../../shared/italian/format';
import { invoke } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { AttendanceChart } from '../../components/sedute/AttendanceChart';
import { StatistichePeriodo } from '../../components/sedute/StatistichePeriodo';
import { useYearLoad, YearSelect } from '../../components/sedute/YearSelect';
import { LoadState } from '../../components/StatusAlert';
import { countIt } from '../../format';

type Statistiche = ChannelOutput<'statistiche.presenze'>;

const loadStatistiche = (organoId: number, anno: number) => invoke('statistiche.presenze', { organoId, anno });

const COLUMNS = [
  'Comune',
  { label: 'Sedute partecipate', className: 'text-end' },
  { label: 'Sedute tenute', className: 'text-end' },
  { label: 'Percentuale', className: 'text-end' },
];

/** #/sedute/statistiche: attendance per comune in a year, as a chart and as the table behind it; then over a period. */
export function StatistichePage({ organo }: { organo: Organo }) {
  const { years, value: statistiche, error, retry } = useYearLoad(organo.id, loadStatistiche);
  const { anno } = years;

  return (
    <>
      <BackLink to={{ section: 'sedute' }}>Elenco delle sedute</BackLink>
      <PageHeading title="Statistiche delle presenze">Statistiche delle presenze</PageHeading>
      <p className="lead mb-5">{organo.nome}</p>
      {years.years && anno !== null && (
        <YearSelect years={years.years} anno={anno} onChange={years.setAnno} className="year-select mb-4" />
      )}
      {statistiche ? <StatisticheView data={statistiche} /> : <LoadState error={error} onRetry={retry} />}
      <StatistichePeriodo organo={organo} />
    </>
  );
}

function StatisticheView({ data }: { data: Statistiche }) {
  const { anno, seduteTenute, seduteConPresenze, righe } = data;
  const senzaPresenze = seduteTenute - seduteConPresenze;
  return (
    <>
      <p aria-live="polite">
        Nel {anno}: {countIt(seduteTenute, 'seduta', 'sedute')} (annullate escluse)
        {seduteTenute > 0 && `, di cui ${seduteConPresenze} con presenze registrate`}.
        {senzaPresenze > 0 &&
          ` ${senzaPresenze === 1 ? 'Una seduta non ha' : `${senzaPresenze} sedute non hanno`} presenze digitalizzate (sedute storiche) e non ${senzaPresenze === 1 ? 'entra' : 'entrano'} nel conteggio.`}
      </p>
      {righe.length === 0 ? (
        <p>Nessuna presenza registrata nel {anno}.</p>
      ) : (
        <>
          <h2 className="h4">Presenze per comune</h2>
          <AttendanceChart righe={righe} anno={anno} />
          <h2 className="h4 mt-5" id="tabella-presenze-title">
            Tabella delle presenze
          </h2>
          <DataTable
            className="table-sm align-middle stats-table"
            wrapperClassName="stats-wrapper"
            columns={COLUMNS}
            id="tabella-presenze"
            aria-labelledby="tabella-presenze-title"
          >
            {righe.map((r) => (
              <tr key={r.comuneId}>
                <th scope="row">{r.comune}</th>
                <td className="text-end">{r.presenze}</td>
                <td className="text-end">{r.sedute}</td>
                <td className="text-end">{formatPercentIt(r.sedute ? r.presenze / r.sedute : 0)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
