import { useEffect, useId, useRef } from 'react';
import type { Comune } from '../../../shared/domain/comune';
import { AddButton } from '../components/AddButton';
import { ComuniTable } from '../components/ComuniTable';
import { PageHeading } from '../components/PageHeading';
import { LoadError, Loading, Notice } from '../components/StatusAlert';
import { countIt } from '../format';
import { useComuni } from '../store/comuni';
import { useNavigation } from '../store/navigation';
import { ComuneDetail } from './ComuneDetail';
import { NuovoComune } from './NuovoComune';

/** "#/comuni/12" → 12, "#/comuni/nuovo" → 'nuovo', otherwise nothing open. */
function openPanel(detail: string | undefined): number | 'nuovo' | null {
  if (detail === 'nuovo') return 'nuovo';
  const id = Number(detail);
  return Number.isInteger(id) && id > 0 ? id : null;
}

function countLine(comuni: readonly Comune[]): string {
  const active = comuni.filter((c) => c.attivo).length;
  const inactive = comuni.length - active;
  const line = countIt(active, 'comune attivo', 'comuni attivi');
  return inactive ? `${line}, ${countIt(inactive, 'disattivato', 'disattivati')}` : line;
}

export function ComuniPage() {
  const { comuni, includeInactive, status, error, notice, load, setIncludeInactive, setNotice } = useComuni();
  const detail = useNavigation((s) => s.route.detail);
  const navigate = useNavigation((s) => s.navigate);
  const panel = openPanel(detail);
  const toggleId = useId();

  useEffect(() => {
    void load();
    return () => setNotice(null);
  }, [load, setNotice]);

  // When a panel closes, focus goes back to the row's "Modifica" button (or the "Nuovo comune" button).
  const lastPanel = useRef(panel);
  useEffect(() => {
    const previous = lastPanel.current;
    lastPanel.current = panel;
    if (previous === null || panel !== null) return;
    const selector = previous === 'nuovo' ? '#nuovo-comune-button' : `button[data-comune-id="${previous}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
  }, [panel]);

  const open = (next: number | 'nuovo' | null) => {
    setNotice(null);
    navigate(next === null ? { section: 'comuni' } : { section: 'comuni', detail: String(next) });
  };

  const created = (comune: Comune) => {
    useComuni.getState().upsert(comune);
    open(comune.id);
    setNotice(`Comune ${comune.nome} aggiunto all'elenco.`);
  };

  return (
    <>
      <PageHeading title="Comuni">Comuni dell&apos;Ambito</PageHeading>

      <div className="d-flex flex-wrap align-items-center justify-content-between gap-3 mb-3">
        <p className="lead mb-0" aria-live="polite">
          {status === 'ready' || comuni.length ? countLine(comuni) : '\u00a0'}
        </p>
        <div className="d-flex flex-wrap align-items-center gap-4">
          <div className="form-check mb-0">
            <input
              id={toggleId}
              type="checkbox"
              checked={includeInactive}
              onChange={(e) => void setIncludeInactive(e.target.checked)}
            />
            <label htmlFor={toggleId}>Mostra comuni disattivati</label>
          </div>
          <AddButton id="nuovo-comune-button" onClick={() => open('nuovo')} aria-expanded={panel === 'nuovo'}>
            Nuovo comune
          </AddButton>
        </div>
      </div>

      <Notice text={notice} />

      <div className="row g-5">
        <div className={panel === null ? 'col-12' : 'col-xl-7'}>
          {status === 'error' && error ? (
            <LoadError message={error} onRetry={() => void load()} />
          ) : comuni.length === 0 && status !== 'ready' ? (
            <Loading text="Caricamento dei comuni…" />
          ) : comuni.length === 0 ? (
            <p>Nessun comune in elenco.</p>
          ) : (
            <ComuniTable comuni={comuni} selectedId={typeof panel === 'number' ? panel : null} onEdit={(c) => open(c.id)} />
          )}
        </div>
        {panel !== null && (
          <div className="col-xl-5 order-first order-xl-last">
            {panel === 'nuovo' ? (
              <NuovoComune onCreated={created} onCancel={() => open(null)} />
            ) : (
              <ComuneDetail key={panel} id={panel} onClose={() => open(null)} />
            )}
          </div>
        )}
      </div>
    </>
  );
}
