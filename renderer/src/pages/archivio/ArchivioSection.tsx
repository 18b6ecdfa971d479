import { useCallback, useEffect, useState } from 'react';
import type { CopiaSalvata } from '../../../../shared/domain/archivio';
import { invoke } from '../../api/client';
import { ActionButton } from '../../components/FormActions';
import { LoadError } from '../../components/StatusAlert';
import { useLoad } from '../../hooks/useLoad';
import { ConservazioneForm } from './ConservazioneForm';
import { CopieSection } from './CopieSection';
import { formatBytes } from './format';
import { ProgressBar } from './ProgressBar';
import { useOperation } from './useOperation';

/** Impostazioni → Archivio: save a copy, the automatic copies and restore, retention, the full integrity check. */
export function ArchivioSection() {
  const stato = useLoad(useCallback(() => invoke('archivio.stato', {}), []));
  const [saves, setSaves] = useState(0); // a new copy: the list is read again
  return (
    <div className="row g-5">
      <div className="col-lg-8">
        <SalvaCopia
          sceltaCartella={stato.value?.destinazione === 'scelta'}
          inCorso={stato.value?.operazioneInCorso ?? null}
          onSaved={() => setSaves((n) => n + 1)}
        />
        <CopieSection key={saves} importazione={stato.value?.importazione ?? false} />
        {/* The checks of the record (hash and audit chain) join the full integrity check here. */}
        <ControlloIntegrita />
      </div>
      <div className="col-lg-4">
        <ConservazioneForm />
      </div>
    </div>
  );
}

/** `inCorso`: an operation already running when the page opened (the day's automatic copy): its progress is shown. */
function SalvaCopia({ sceltaCartella, inCorso, onSaved }: { sceltaCartella: boolean; inCorso: string | null; onSaved: () => void }) {
  const { op, error, cancelled, running, start, follow } = useOperation();
  useEffect(() => {
    if (inCorso) void follow(inCorso).then(onSaved);
  }, [inCorso, follow]); // not onSaved: a new function on every render
  const save = async () => {
    await start(() => invoke('archivio.salva', {}));
    onSaved();
  };
  return (
    <section aria-labelledby="salva-title" className="mb-5">
      <h2 id="salva-title" className="h3">
        Salva una copia
      </h2>
      <p>
        {sceltaCartella
          ? "Si sceglie la cartella (per esempio una chiavetta USB o una cartella di rete): la copia contiene tutto l'archivio ed è verificata prima di essere indicata come buona."
          : "La copia viene salvata nella cartella «copie» accanto all'archivio ed è verificata prima di essere indicata come buona."}
      </p>
      <ActionButton label="Salva una copia dell'archivio" disabled={running} onClick={() => void save()} />
      {op?.stato === 'in_corso' && <ProgressBar op={op} label="Salvataggio della copia" />}
      {error && <LoadError message={error} />}
      {cancelled && <p className="mt-3">Nessuna cartella scelta: la copia non è stata salvata.</p>}
      {op?.stato === 'fallita' && <LoadError message={op.errore ?? ''} />}
      {op?.stato === 'completata' && op.copia && <CopiaSalvataCard copia={op.copia} />}
    </section>
  );
}

function CopiaSalvataCard({ copia }: { copia: CopiaSalvata }) {
  return (
    <div className="alert alert-success mt-3" role="status">
      <p className="fw-semibold">Copia salvata e verificata.</p>
      <dl className="mb-0">
        <dt>File</dt>
        <dd className="text-break">{copia.nome}</dd>
        <dt>Cartella</dt>
        <dd className="text-break">{copia.cartella}</dd>
        <dt>Dimensione</dt>
        <dd>{formatBytes(copia.dimensione)}</dd>
        <dt>SHA-256</dt>
        <dd className="text-break">
          <code>{copia.sha256}</code>
        </dd>
      </dl>
    </div>
  );
}

function ControlloIntegrita() {
  const { op, error, running, start } = useOperation();
  return (
    <section aria-labelledby="integrita-title" className="mb-5">
      <h2 id="integrita-title" className="h3">
        Controllo integrità completo
      </h2>
      <p>Legge ogni pagina dell&apos;archivio e ogni indice. All&apos;avvio si esegue sempre un controllo rapido.</p>
      <ActionButton label="Avvia il controllo completo" disabled={running} onClick={() => void start(() => invoke('archivio.controlla', {}))} />
      {op?.stato === 'in_corso' && <ProgressBar op={op} label="Controllo di integrità" />}
      {error && <LoadError message={error} />}
      {op?.stato === 'fallita' && <LoadError message={op.errore ?? ''} />}
      {op?.stato === 'completata' &&
        (op.problemi?.length ? (
          <div className="alert alert-danger mt-3" role="alert">
            <p>Il controllo ha trovato problemi: ripristinare l&apos;ultima copia buona.</p>
            <ul className="mb-0">
              {op.problemi.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="alert alert-success mt-3" role="status">
            Controllo completato: nessun problema trovato.
          </div>
        ))}
    </section>
  );
}
