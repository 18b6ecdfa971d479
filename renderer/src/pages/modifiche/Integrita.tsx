import { useEffect } from 'react';
import type { VerificaIntegrita } from '../../../../shared/domain/modifiche';
import { useProgress } from '../../api/progress';
import { CallProgress } from '../../components/Progress';
import { StatusAlert } from '../../components/StatusAlert';
import { formatDateTime } from '../../components/verbali/labels';
import { useSubmit } from '../../hooks/useSubmit';
import { toHash } from '../../store/navigation';
import { useIntegrita } from './integrita';

function Anomalie({ esito }: { esito: VerificaIntegrita }) {
  return (
    <ul className="mb-0" aria-label="Anomalie trovate">
      {esito.anomalie.map((a, i) => (
        <li key={i}>{a.messaggio}</li>
      ))}
    </ul>
  );
}

/** On every page, while the latest check found the record altered: what, in the check's own words. */
export function IntegritaBanner() {
  const { esito, load } = useIntegrita();
  useEffect(() => void load(), [load]);
  if (!esito || esito.integra) return null;
  return (
    <div className="alert alert-danger" role="alert">
      <p className="h6">Archivio alterato fuori dall’applicazione</p>
      <Anomalie esito={esito} />
      <p className="mb-0 mt-2 small">
        Verifica del {formatDateTime(esito.eseguitaIl)}. Nulla è stato riparato: l’anomalia resta registrata nel{' '}
        <a href={toHash({ section: 'modifiche' })}>Registro delle modifiche</a>.
      </p>
    </div>
  );
}

/** Impostazioni → Archivio: «Verifica integrità dell'archivio» (schema, stored fingerprints, chain of the register). */
export function IntegritaSection() {
  const { esito, set } = useIntegrita();
  const { submit, pending, error } = useSubmit();
  const { report, follow } = useProgress();
  const verify = async () => {
    const result = await submit(() => follow('integrita.verifica', {}), '');
    if (result?.ok) set(result.value);
  };
  return (
    <section aria-labelledby="integrita-title" className="mt-5">
      <h2 id="integrita-title" className="h3">
        Integrità degli atti
      </h2>
      <p>
        Controlla che gli oggetti dell’archivio siano quelli attesi, ricalcola l’impronta SHA-256 di ogni PDF e file firmato
        conservato e verifica la catena del Registro delle modifiche.
      </p>
      <button type="button" className="btn btn-primary" disabled={pending} onClick={() => void verify()}>
        {pending ? 'Verifica in corso…' : 'Verifica integrità dell’archivio'}
      </button>
      <CallProgress report={report} label="Avanzamento della verifica" />
      <StatusAlert error={error} />
      {esito && (
        <div className={`alert mt-3 ${esito.integra ? 'alert-success' : 'alert-danger'}`} role="status">
          <p className="mb-2">
            {esito.integra ? 'Archivio integro' : 'Anomalie trovate'}: verifica del {formatDateTime(esito.eseguitaIl)} ·{' '}
            {esito.controlli.oggettiSchema} oggetti dello schema, {esito.controlli.impronte} impronte, {esito.controlli.vociRegistro} voci del
            registro controllate.
          </p>
          {!esito.integra && <Anomalie esito={esito} />}
        </div>
      )}
    </section>
  );
}
