import { useCallback, useEffect, useState } from 'react';
import type { Copia, Ispezione } from '../../../../shared/domain/archivio';
import { invoke } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { LoadError, LoadState } from '../../components/StatusAlert';
import { Dialog } from '../../components/verbali/Dialog';
import { formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useNavigation } from '../../store/navigation';
import { COPY_KIND_LABEL, formatBytes, formatInstant } from './format';
import { ProgressBar } from './ProgressBar';
import { useOperation } from './useOperation';

/**
 * The copies in the data folder's copie/, newest first; "Esamina" shows what one holds and whether it passes the
 * checks, then it can replace the archive after a confirmation. The route's sub names a copy to examine at once
 * (the damaged-archive banner links here). In the desktop app a copy kept elsewhere is first brought into copie/.
 */
export function CopieSection({ importazione }: { importazione: boolean }) {
  const list = useLoad(useCallback(() => invoke('archivio.copie', {}), []));
  const requested = useNavigation((s) => s.route.sub);
  const [selected, setSelected] = useState<string | undefined>(requested);
  useEffect(() => setSelected(requested), [requested]);
  const imported = useOperation();
  const bringIn = async () => {
    const op = await imported.start(() => invoke('archivio.importa', {}));
    if (op?.copia) {
      await list.reload();
      setSelected(op.copia.nome);
    }
  };

  return (
    <section aria-labelledby="copie-title" className="mb-5">
      <h2 id="copie-title" className="h3">
        Copie dell&apos;archivio
      </h2>
      {!list.value ? (
        <LoadState error={list.error} onRetry={() => void list.reload()} />
      ) : list.value.copie.length === 0 ? (
        <p>Nessuna copia per ora: la prima copia automatica si fa al prossimo avvio.</p>
      ) : (
        <>
          <p className="small text-break">
            Cartella: <code>{list.value.cartella}</code>
          </p>
          <DataTable className="align-middle" aria-labelledby="copie-title" columns={['Copia', 'Data', 'Dimensione', { label: 'Azioni', hidden: true }]}>
            {list.value.copie.map((c) => (
              <CopiaRow key={c.nome} copia={c} onExamine={() => setSelected(c.nome)} />
            ))}
          </DataTable>
        </>
      )}
      {importazione && (
        <div className="mt-3">
          <button type="button" className="btn btn-outline-primary" disabled={imported.running} onClick={() => void bringIn()}>
            Usa una copia da un&apos;altra cartella
          </button>
          {imported.op?.stato === 'in_corso' && <ProgressBar op={imported.op} label="Copia nella cartella delle copie" />}
          {imported.error && <LoadError message={imported.error} />}
          {imported.op?.stato === 'fallita' && <LoadError message={imported.op.errore ?? ''} />}
        </div>
      )}
      {selected && <EsameCopia key={selected} nome={selected} onClose={() => setSelected(undefined)} />}
    </section>
  );
}

function CopiaRow({ copia, onExamine }: { copia: Copia; onExamine: () => void }) {
  return (
    <tr>
      <td>
        {COPY_KIND_LABEL[copia.tipo]}
        <div className="small text-muted text-break">{copia.nome}</div>
      </td>
      <td>{formatDate(copia.data)}</td>
      <td>{formatBytes(copia.dimensione)}</td>
      <td className="text-end">
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onExamine} aria-label={`Esamina la copia ${copia.nome}`}>
          Esamina
        </button>
      </td>
    </tr>
  );
}

/** Inspects the copy (with progress), shows what it holds, and restores it after a confirmation. */
function EsameCopia({ nome, onClose }: { nome: string; onClose: () => void }) {
  const inspection = useOperation();
  const restore = useOperation();
  const [confirming, setConfirming] = useState(false);
  const { start } = inspection;
  useEffect(() => void start(() => invoke('archivio.ispeziona', { nome })), [start, nome]);
  const esito = inspection.op?.ispezione;

  if (restore.op?.stato === 'completata') {
    return (
      <div className="alert alert-success mt-4" role="status">
        <p>Archivio ripristinato dalla copia {nome}. L&apos;archivio sostituito è conservato nella cartella delle copie.</p>
        <button type="button" className="btn btn-primary btn-sm" onClick={() => window.location.assign(window.location.pathname)}>
          Riapri l&apos;applicazione
        </button>
      </div>
    );
  }

  return (
    <div className="card card-bg no-after mt-4">
      <div className="card-body">
        <h3 className="card-title h5">Copia {nome}</h3>
        {inspection.op?.stato === 'in_corso' && <ProgressBar op={inspection.op} label="Verifica della copia" />}
        {inspection.error && <LoadError message={inspection.error} />}
        {inspection.op?.stato === 'fallita' && <LoadError message={inspection.op.errore ?? ''} />}
        {esito && <Contenuto esito={esito} />}
        {restore.op?.stato === 'in_corso' && <ProgressBar op={restore.op} label="Ripristino" />}
        {restore.error && <LoadError message={restore.error} />}
        {restore.op?.stato === 'fallita' && <LoadError message={restore.op.errore ?? ''} />}
        <div className="d-flex flex-wrap gap-2 mt-3">
          {esito?.valida && (
            <button type="button" className="btn btn-danger btn-sm" disabled={restore.running} onClick={() => setConfirming(true)}>
              Ripristina questa copia
            </button>
          )}
          <button type="button" className="btn btn-outline-primary btn-sm" disabled={restore.running} onClick={onClose}>
            Chiudi
          </button>
        </div>
      </div>
      {confirming && esito && (
        <Dialog
          title="Ripristinare questa copia?"
          alert
          onClose={() => setConfirming(false)}
          action={{
            label: 'Sì, ripristina',
            danger: true,
            onClick: () => {
              setConfirming(false);
              void restore.start(() => invoke('archivio.ripristina', { nome }));
            },
          }}
        >
          <p>
            L&apos;archivio attuale sarà sostituito dalla copia {nome}
            {esito.ultimaModifica ? `, modificata l'ultima volta il ${formatInstant(esito.ultimaModifica)}` : ''}. Le modifiche
            successive non saranno nell&apos;archivio ripristinato; l&apos;archivio attuale resta conservato nella cartella delle copie.
          </p>
        </Dialog>
      )}
    </div>
  );
}

function Contenuto({ esito }: { esito: Ispezione }) {
  const count = (n: number | null) => (n === null ? 'non leggibile' : String(n));
  return (
    <>
      <dl>
        <dt>Sedute</dt>
        <dd>{count(esito.sedute)}</dd>
        <dt>Verbali</dt>
        <dd>{count(esito.verbali)}</dd>
        <dt>Regolamenti</dt>
        <dd>{count(esito.regolamenti)}</dd>
        <dt>Ultima modifica</dt>
        <dd>{esito.ultimaModifica ? formatInstant(esito.ultimaModifica) : 'non indicata'}</dd>
        <dt>Versione dell&apos;archivio</dt>
        <dd>{esito.schemaVersion ?? 'non leggibile'}</dd>
        <dt>Dimensione</dt>
        <dd>{formatBytes(esito.dimensione)}</dd>
      </dl>
      {esito.valida ? (
        <div className="alert alert-success" role="status">
          Controlli superati: è un archivio di questa applicazione, integro, di una versione compatibile.
        </div>
      ) : (
        <div className="alert alert-danger" role="alert">
          {esito.motivo}
        </div>
      )}
    </>
  );
}
