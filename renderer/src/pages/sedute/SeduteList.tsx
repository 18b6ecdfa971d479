import { useCallback, useEffect, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaSummary } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { Missing, StatoBadge, StoricaBadge, TIPO_LABEL } from '../../components/sedute/labels';
import { useYears, YearSelect } from '../../components/sedute/YearSelect';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt, formatDate } from '../../format';
import { toHash, useNavigation } from '../../store/navigation';
import { useSedute } from '../../store/sedute';

/** #/sedute: the sedute of the chosen year, newest first. */
export function SeduteList({ organo }: { organo: Organo }) {
  const navigate = useNavigation((s) => s.navigate);
  const years = useYears(organo.id);
  const { anno } = years;
  const [state, setState] = useState<{ sedute?: SedutaSummary[]; error?: string }>({});

  const load = useCallback(async () => {
    if (anno === null) return;
    setState({});
    const result = await invoke('sedute.list', { organoId: organo.id, anno });
    setState(result.ok ? { sedute: result.value } : { error: result.error.message });
  }, [organo.id, anno]);

  useEffect(() => void load(), [load]);

  return (
    <>
      <PageHeading title="Sedute">Sedute della Conferenza</PageHeading>
      <p className="lead mb-5">{organo.nome}</p>

      <div className="d-flex flex-wrap align-items-end justify-content-between gap-3 mb-4 list-toolbar">
        {years.years && anno !== null ? (
          <YearSelect years={years.years} anno={anno} onChange={years.setAnno} className="year-select mb-0" />
        ) : (
          <span />
        )}
        <div className="d-flex flex-wrap align-items-center gap-3">
          <a className="btn btn-outline-primary btn-sm" href={toHash({ section: 'sedute', detail: 'statistiche' })}>
            Statistiche delle presenze
          </a>
          <button
            type="button"
            className="btn btn-primary btn-sm btn-icon"
            onClick={() => navigate({ section: 'sedute', detail: 'nuova' })}
          >
            <Icon name="it-plus" className="icon-white icon-sm" />
            <span>Nuova seduta</span>
          </button>
        </div>
      </div>

      {years.error ? (
        <LoadError message={years.error} onRetry={() => void years.reload()} />
      ) : state.error ? (
        <LoadError message={state.error} onRetry={() => void load()} />
      ) : !state.sedute ? (
        <Loading text="Caricamento delle sedute…" />
      ) : (
        <SeduteTable sedute={state.sedute} anno={anno!} />
      )}
    </>
  );
}

function SeduteTable({ sedute, anno }: { sedute: SedutaSummary[]; anno: number }) {
  const notice = useSedute((s) => s.notice);
  const setNotice = useSedute((s) => s.setNotice);
  useEffect(() => () => setNotice(null), [setNotice]);

  return (
    <>
      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}
      <p aria-live="polite">
        {sedute.length ? `${countIt(sedute.length, 'seduta', 'sedute')} nel ${anno}.` : `Nessuna seduta nel ${anno}.`}
      </p>
      {sedute.length > 0 && (
        <div className="table-responsive">
          <table className="table table-hover align-middle sedute-table" aria-label="Elenco delle sedute">
            <thead>
              <tr>
                <th scope="col">Data</th>
                <th scope="col">Tipo</th>
                <th scope="col">Oggetto</th>
                <th scope="col">Stato</th>
                <th scope="col" className="text-end">
                  Presenti
                </th>
              </tr>
            </thead>
            <tbody>
              {sedute.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="nowrap">
                    <a href={toHash({ section: 'sedute', detail: String(s.id) })}>{formatDate(s.data)}</a>
                    {s.oraInizio && <span className="d-block small text-muted fw-normal">ore {s.oraInizio}</span>}
                  </th>
                  <td>{s.tipo ? TIPO_LABEL[s.tipo] : <Missing />}</td>
                  <td className="oggetto-cell">{s.oggetto || <Missing />}</td>
                  <td className="nowrap">
                    <span className="d-inline-flex flex-wrap gap-1">
                      <StatoBadge stato={s.stato} />
                      {s.storica && <StoricaBadge />}
                    </span>
                  </td>
                  <td className="text-end nowrap">
                    {s.membri > 0 ? (
                      <>
                        <span aria-hidden="true">
                          {s.presenti}/{s.membri}
                        </span>
                        <span className="visually-hidden">{`${s.presenti} presenti su ${s.membri}`}</span>
                      </>
                    ) : (
                      <Missing text="presenze non registrate" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
