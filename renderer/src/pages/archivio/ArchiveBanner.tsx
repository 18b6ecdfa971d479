import { useCallback } from 'react';
import { invoke } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { toHash } from '../../store/navigation';

/**
 * Shown on every page while the archive is read-only or damaged: what is wrong (the backend's sentence) and, for a
 * damaged archive, the way to restore the latest copy.
 */
export function ArchiveBanner() {
  const { value: stato } = useLoad(useCallback(() => invoke('archivio.stato', {}), []));
  if (!stato || stato.condizione === 'integro') return null;
  const damaged = stato.condizione === 'danneggiato';
  return (
    <div className={`alert ${damaged ? 'alert-danger' : 'alert-warning'}`} role="alert">
      <p className={damaged ? 'mb-2' : 'mb-0'}>
        <strong>{damaged ? 'Archivio danneggiato.' : 'Archivio in sola lettura.'}</strong> {stato.motivo}
      </p>
      {damaged &&
        (stato.ultimaCopia ? (
          <a className="btn btn-primary btn-sm" href={toHash({ section: 'impostazioni', detail: 'archivio', sub: stato.ultimaCopia.nome })}>
            Ripristina l&apos;ultima copia ({stato.ultimaCopia.nome})
          </a>
        ) : (
          <p className="mb-0">Nessuna copia nella cartella delle copie: rivolgersi all&apos;assistenza con l&apos;ultima copia salvata.</p>
        ))}
    </div>
  );
}
