import { useState } from 'react';
import type { Pubblicazione } from '../../../../shared/domain/pubblicazione';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { toHash } from '../../store/navigation';
import { DataTable } from '../DataTable';
import { StatusAlert } from '../StatusAlert';
import { useFileAction } from '../verbali/useFileAction';
import { StatoPubblicazioneBadge } from './labels';
import { RefertoDialog } from './RefertoDialog';

interface PubblicazioniTableProps {
  pubblicazioni: readonly Pubblicazione[];
  /** The acts link to their page (on the Albo page; not on the act's own page). */
  linkAtto?: boolean;
  onChange: (p: Pubblicazione) => void;
  'aria-label': string;
}

/** Publications with their number, period and state; the copy and the referto to download, the referto to issue once ended. */
export function PubblicazioniTable({ pubblicazioni, linkAtto = false, onChange, 'aria-label': label }: PubblicazioniTableProps) {
  const download = useFileAction();
  const [referto, setReferto] = useState<Pubblicazione | null>(null);
  return (
    <>
      <StatusAlert error={download.error} success={download.done} />
      <DataTable className="table-sm align-middle albo-table" columns={['N. albo', 'Atto', 'Periodo', 'Stato', { label: 'Azioni', hidden: true }]} aria-label={label}>
        {pubblicazioni.map((p) => (
          <tr key={p.id}>
            <th scope="row" className="fw-semibold text-nowrap">
              {p.numeroTesto}
            </th>
            <td>
              {linkAtto ? <a href={toHash({ section: 'verbali', detail: String(p.verbaleId) })}>{p.atto}</a> : p.atto}
              <div className="small text-muted">{p.oggetto}</div>
            </td>
            <td className="text-nowrap">
              dal {formatDate(p.dal)} al {formatDate(p.al)}
              <div className="small text-muted">{p.giorni} giorni</div>
            </td>
            <td>
              <StatoPubblicazioneBadge stato={p.stato} />
              {p.referto && <div className="small text-muted">referto del {formatDate(p.referto.il)}</div>}
            </td>
            <td className="text-end">
              <div className="d-flex flex-wrap gap-1 justify-content-end">
                <button
                  type="button"
                  className="btn btn-outline-primary btn-xs"
                  disabled={download.pending}
                  onClick={() => void download.run(() => invoke('pubblicazioni.scaricaCopia', { id: p.id }), 'save')}
                >
                  Copia pubblicata<span className="visually-hidden">{` n. ${p.numeroTesto}`}</span>
                </button>
                {p.referto ? (
                  <button
                    type="button"
                    className="btn btn-outline-primary btn-xs"
                    disabled={download.pending}
                    onClick={() => void download.run(() => invoke('pubblicazioni.scaricaReferto', { id: p.id }), 'save')}
                  >
                    Scarica il referto<span className="visually-hidden">{` n. ${p.numeroTesto}`}</span>
                  </button>
                ) : (
                  p.stato === 'conclusa' && (
                    <button type="button" className="btn btn-primary btn-xs" onClick={() => setReferto(p)}>
                      Referto di pubblicazione<span className="visually-hidden">{` n. ${p.numeroTesto}`}</span>
                    </button>
                  )
                )}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      {referto && (
        <RefertoDialog
          pubblicazione={referto}
          onClose={() => setReferto(null)}
          onDone={(p) => {
            setReferto(null);
            onChange(p);
          }}
        />
      )}
    </>
  );
}
