import { useCallback, useState } from 'react';
import { FILTRI_ALBO } from '../../../../shared/domain/pubblicazione-periodo';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { PubblicazioniTable } from '../../components/pubblicazioni/PubblicazioniTable';
import { LoadState, Notice } from '../../components/StatusAlert';
import { useLoad } from '../../hooks/useLoad';

type Filtro = (typeof FILTRI_ALBO)[number];

const FILTRO_LABEL: Record<Filtro, string> = { in_corso: 'In corso', concluse: 'Concluse', tutte: 'Tutte' };

/** #/albo: the publications on the albo pretorio, in course or ended, with their referti. */
export function AlboPage() {
  const [filtro, setFiltro] = useState<Filtro>('in_corso');
  const [notice, setNotice] = useState<string | null>(null);
  const elenco = useLoad(useCallback(() => invoke('pubblicazioni.elenco', { filtro }), [filtro]));
  return (
    <>
      <PageHeading title="Albo pretorio">Albo pretorio</PageHeading>
      <p>
        Le pubblicazioni all’albo pretorio on line del Comune capofila (art. 124 del TUEL: 15 giorni consecutivi). Si pubblica
        dalla pagina del verbale firmato; a periodo concluso si emette il referto di pubblicazione.
      </p>
      <fieldset className="mb-3">
        <legend className="form-legend h6 mb-2">Mostra</legend>
        <div className="d-flex flex-wrap gap-3">
          {FILTRI_ALBO.map((f) => (
            <div className="form-check form-check-inline verbali-radio" key={f}>
              <input type="radio" name="albo-filtro" id={`albo-filtro-${f}`} checked={filtro === f} onChange={() => setFiltro(f)} />
              <label htmlFor={`albo-filtro-${f}`}>
                {FILTRO_LABEL[f]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <Notice text={notice} />
      {!elenco.value ? (
        <LoadState error={elenco.error} onRetry={() => void elenco.reload()} text="Caricamento delle pubblicazioni…" />
      ) : elenco.value.length === 0 ? (
        <p className="text-muted">
          {filtro === 'in_corso' ? 'Nessuna pubblicazione in corso.' : filtro === 'concluse' ? 'Nessuna pubblicazione conclusa.' : 'Nessuna pubblicazione all’albo.'}
        </p>
      ) : (
        <PubblicazioniTable
          pubblicazioni={elenco.value}
          linkAtto
          aria-label="Pubblicazioni all’albo pretorio"
          onChange={(p) => {
            setNotice(`Referto della pubblicazione n. ${p.numeroTesto} emesso: scaricarlo per la firma.`);
            void elenco.reload();
          }}
        />
      )}
    </>
  );
}
