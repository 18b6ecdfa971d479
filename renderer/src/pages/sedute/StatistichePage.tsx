import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { Organo } from '../../../../shared/domain/ente';
import { formatPercentIt } from '../../../../shared/italian/format';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { AttendanceChart } from '../../components/sedute/AttendanceChart';
import { useYears, YearSelect } from '../../components/sedute/YearSelect';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt } from '../../format';
import { toHash } from '../../store/navigation';

type Statistiche = ChannelOutput<'statistiche.presenze'>;

/** #/sedute/statistiche: attendance per comune in a year, as a chart and as the table behind it. */
export function StatistichePage({ organo }: { organo: Organo }) {
  const years = useYears(organo.id);
  const { anno } = years;
  const [state, setState] = useState<{ data?: Statistiche; error?: string }>({});

  const load = useCallback(async () => {
    if (anno === null) return;
    setState({});
    const result = await invoke('statistiche.presenze', { organoId: organo.id, anno });
    setState(result.ok ? { data: result.value } : { error: result.error.message });
  }, [organo.id, anno]);

  useEffect(() => void load(), [load]);

  return (
    <>
      <nav aria-label="Percorso" className="mb-2">
        <a href={toHash({ section: 'sedute' })}>Elenco delle sedute</a>
      </nav>
      <PageHeading title="Statistiche delle presenze">Statistiche delle presenze</PageHeading>
      <p className="lead mb-5">{organo.nome}</p>
      {years.years && anno !== null && (
        <YearSelect years={years.years} anno={anno} onChange={years.setAnno} className="year-select mb-4" />
      )}
      {years.error ? (
        <LoadError message={years.error} onRetry={() => void years.reload()} />
      ) : state.error ? (
        <LoadError message={state.error} onRetry={() => void load()} />
      ) : !state.data ? (
        <Loading />
      ) : (
        <StatisticheView data={state.data} />
      )}
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
          <div className="table-responsive stats-wrapper">
            <table className="table table-sm align-middle stats-table" id="tabella-presenze" aria-labelledby="tabella-presenze-title">
              <thead>
                <tr>
                  <th scope="col">Comune</th>
                  <th scope="col" className="text-end">
                    Sedute partecipate
                  </th>
                  <th scope="col" className="text-end">
                    Sedute tenute
                  </th>
                  <th scope="col" className="text-end">
                    Percentuale
                  </th>
                </tr>
              </thead>
              <tbody>
                {righe.map((r) => (
                  <tr key={r.comuneId}>
                    <th scope="row">{r.comune}</th>
                    <td className="text-end">{r.presenze}</td>
                    <td className="text-end">{r.sedute}</td>
                    <td className="text-end">{formatPercentIt(r.sedute ? r.presenze / r.sedute : 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
