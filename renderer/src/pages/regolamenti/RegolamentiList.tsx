import { useEffect } from 'react';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { TIPO_LABEL } from '../../components/regolamenti/labels';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt, formatDate } from '../../format';
import { toHash, useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';

/** #/regolamenti: every regolamento and convenzione, with its versions and the state of its text. */
export function RegolamentiList() {
  const { list, status, error, notice, load, setNotice } = useRegolamenti();
  const navigate = useNavigation((s) => s.navigate);

  useEffect(() => {
    void load();
    return () => setNotice(null);
  }, [load, setNotice]);

  return (
    <>
      <PageHeading title="Regolamenti">Regolamenti e convenzioni</PageHeading>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-3 mb-4">
        <p className="lead mb-0 reg-lead">
          Gli atti approvati dalla Conferenza, articolo per articolo: il testo in vigore a ogni data, la storia di ogni articolo e le
          modifiche, ciascuna con il verbale che l&apos;ha approvata.
        </p>
        <button type="button" className="btn btn-primary btn-icon" onClick={() => navigate({ section: 'regolamenti', detail: 'importa' })}>
          <Icon name="it-upload" className="icon-white icon-sm" />
          <span>Importa regolamento</span>
        </button>
      </div>

      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}

      {status === 'error' && error ? (
        <LoadError message={error} onRetry={() => void load()} />
      ) : list.length === 0 && status !== 'ready' ? (
        <Loading text="Caricamento dei regolamenti…" />
      ) : list.length === 0 ? (
        <p>Nessun regolamento in archivio: importarne uno da un file Word, LibreOffice o di testo.</p>
      ) : (
        <div className="table-responsive">
          <table className="table regolamenti-table">
            <caption className="visually-hidden">Regolamenti e convenzioni in archivio</caption>
            <thead>
              <tr>
                <th scope="col">Titolo</th>
                <th scope="col">Tipo</th>
                <th scope="col">Versioni</th>
                <th scope="col">Ultima modifica</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="titolo-cell">
                    <a href={toHash({ section: 'regolamenti', detail: String(r.id) })}>{r.titolo}</a>
                    {r.inAttesaDiTesto && (
                      <span className="d-block mt-1">
                        <span className="badge bg-warning text-dark">
                          <Icon name="it-info-circle" className="icon-xs me-1 badge-icon" />
                          Testo in attesa di importazione
                        </span>
                      </span>
                    )}
                  </th>
                  <td>{TIPO_LABEL[r.tipo]}</td>
                  <td className="nowrap">{countIt(r.versioni, 'versione', 'versioni')}</td>
                  <td className="nowrap">{r.ultimaModifica ? formatDate(r.ultimaModifica) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
