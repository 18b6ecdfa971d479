import { useCallback, useState } from 'react';
import type { Pubblicazione } from '../../../../shared/domain/pubblicazione';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { LoadState, Notice } from '../StatusAlert';
import { PubblicaDialog } from './PubblicaDialog';
import { PubblicazioniTable } from './PubblicazioniTable';

/** On a verbale's page: its publications on the albo pretorio, and «Pubblica all'albo» once it is signed. */
export function PubblicazioniAtto({ verbale }: { verbale: { id: number; numeroTesto: string } }) {
  const dati = useLoad(useCallback(() => invoke('pubblicazioni.perVerbale', { verbaleId: verbale.id }), [verbale.id]));
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string) => {
    setNotice(message);
    void dati.reload();
  };
  return (
    <section className="albo-atto" aria-labelledby="albo-atto-title">
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2">
        <h2 id="albo-atto-title" className="h4 mb-0">
          Pubblicazione all’albo pretorio
        </h2>
        {dati.value && !dati.value.nonPubblicabile && (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setOpen(true)}>
            Pubblica all’albo
          </button>
        )}
      </div>
      <Notice text={notice} />
      {!dati.value ? (
        <LoadState error={dati.error} onRetry={() => void dati.reload()} text="Caricamento delle pubblicazioni…" />
      ) : (
        <>
          {dati.value.nonPubblicabile && <p className="small text-muted">{dati.value.nonPubblicabile}</p>}
          {dati.value.pubblicazioni.length === 0 ? (
            <p className="text-muted">Nessuna pubblicazione all’albo.</p>
          ) : (
            <PubblicazioniTable
              pubblicazioni={dati.value.pubblicazioni}
              aria-label={`Pubblicazioni all’albo del verbale n. ${verbale.numeroTesto}`}
              onChange={(p: Pubblicazione) => changed(`Referto della pubblicazione n. ${p.numeroTesto} emesso: scaricarlo per la firma.`)}
            />
          )}
          {open && (
            <PubblicaDialog
              verbale={verbale}
              dati={dati.value}
              onClose={() => setOpen(false)}
              onDone={(p) => {
                setOpen(false);
                changed(`Pubblicazione n. ${p.numeroTesto} registrata, dal ${formatDate(p.dal)} al ${formatDate(p.al)}: la copia pubblicata è pronta da scaricare.`);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
