import { useEffect, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaSummary } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { AddButton } from '../../components/AddButton';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { Missing, StatoBadge, StoricaBadge, TIPO_LABEL } from '../../components/sedute/labels';
import { useYearLoad, YearSelect } from '../../components/sedute/YearSelect';
import { LoadState, Notice } from '../../components/StatusAlert';
import { countIt, formatDate } from '../../format';
import { toHash, useNavigation } from '../../store/navigation';
import { useSedute } from '../../store/sedute';

const listSedute = (organoId: number, anno: number) => invoke('sedute.list', { organoId, anno });

const COLUMNS = ['Data', 'Tipo', 'Oggetto', 'Stato', { label: 'Presenti', className: 'text-end' }];
/** Rows drawn at first, and added by each «Mostra altre»: a year of hundreds of sedute is not drawn all at once. */
const WINDOW = 50;

/** #/sedute: the sedute of the chosen year, newest first. */
export function SeduteList({ organo }: { organo: Organo }) {
  const navigate = useNavigation((s) => s.navigate);
  const { years, value: sedute, error, retry } = useYearLoad(organo.id, listSedute);
  const { anno } = years;

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
          <AddButton onClick={() => navigate({ section: 'sedute', detail: 'nuova' })}>Nuova seduta</AddButton>
        </div>
      </div>

      {sedute ? (
        <SeduteTable key={anno} sedute={sedute} anno={anno!} />
      ) : (
        <LoadState error={error} onRetry={retry} text="Caricamento delle sedute…" />
      )}
    </>
  );
}

function SeduteTable({ sedute, anno }: { sedute: SedutaSummary[]; anno: number }) {
  const notice = useSedute((s) => s.notice);
  const setNotice = useSedute((s) => s.setNotice);
  const [shown, setShown] = useState(WINDOW);
  useEffect(() => () => setNotice(null), [setNotice]);

  return (
    <>
      <Notice text={notice} />
      <p aria-live="polite">
        {sedute.length ? `${countIt(sedute.length, 'seduta', 'sedute')} nel ${anno}.` : `Nessuna seduta nel ${anno}.`}
      </p>
      {sedute.length > 0 && (
        <DataTable className="table-hover align-middle sedute-table" columns={COLUMNS} aria-label="Elenco delle sedute">
          {sedute.slice(0, shown).map((s) => (
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
        </DataTable>
      )}
      {sedute.length > shown && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setShown(shown + WINDOW)}>
          {`Mostra altre ${Math.min(WINDOW, sedute.length - shown)} sedute (${sedute.length - shown} non ancora mostrate)`}
        </button>
      )}
    </>
  );
}
