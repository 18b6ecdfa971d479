import { useCallback } from 'react';
import type { Comune } from '../../../shared/domain/comune';
import { invoke } from '../api/client';
import { ComuneBadges } from '../components/ComuneBadges';
import { Form } from '../components/Form';
import { FormActions } from '../components/FormActions';
import { SindacoFields } from '../components/SindacoFields';
import { LoadState, StatusAlert } from '../components/StatusAlert';
import { formatDate, formatInteger, formatYearMonth } from '../format';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useForm } from '../hooks/useForm';
import { useLoad } from '../hooks/useLoad';
import { useSubmit } from '../hooks/useSubmit';
import { useComuni } from '../store/comuni';

interface ComuneDetailProps {
  id: number;
  onClose: () => void;
}

/** The panel of one comune: loads it fresh from the backend, then shows data and forms. */
export function ComuneDetail({ id, onClose }: ComuneDetailProps) {
  const comune = useLoad(useCallback(() => invoke('comuni.get', { id }), [id]));

  return (
    <section className="detail-panel" aria-labelledby="comune-detail-title">
      {comune.value ? (
        <ComuneEditor comune={comune.value} onChange={comune.set} onClose={onClose} />
      ) : (
        <>
          <h2 id="comune-detail-title" className="h4">
            Dati del comune
          </h2>
          <LoadState error={comune.error} onRetry={() => void comune.reload()} />
          <button type="button" className="btn btn-outline-primary" onClick={onClose}>
            Chiudi
          </button>
        </>
      )}
    </section>
  );
}

interface ComuneEditorProps {
  comune: Comune;
  onChange: (comune: Comune) => void;
  onClose: () => void;
}

function ComuneEditor({ comune, onChange, onClose }: ComuneEditorProps) {
  const upsert = useComuni((s) => s.upsert);
  const setNotice = useComuni((s) => s.setNotice);
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useForm({
    sindacoNome: comune.sindacoNome,
    sindacoEmail: comune.sindacoEmail,
    sindacoPec: comune.sindacoPec,
    sindacoTelefono: comune.sindacoTelefono,
  });
  const activation = useSubmit();


  const apply = (value: Comune) => {
    onChange(value);
    upsert(value);
    setNotice(null); // the page's notice (e.g. "aggiunto") no longer describes the latest action
  };

  const saved = (value: Comune) => {
    apply(value);
    form.setValues({
      sindacoNome: value.sindacoNome,
      sindacoEmail: value.sindacoEmail,
      sindacoPec: value.sindacoPec,
      sindacoTelefono: value.sindacoTelefono,
    });
  };

  const toggleActive = async () => {
    const attivo = !comune.attivo;
    const question = attivo
      ? `Riattivare il comune di ${comune.nome}? Tornerà tra i comuni attivi dell'Ambito.`
      : `Disattivare il comune di ${comune.nome}?\n\nNon comparirà più tra i comuni attivi dell'Ambito, ` +
        'ma la sua storia (sedute, presenze, verbali) resta conservata. Potrà essere riattivato in seguito.';
    if (!window.confirm(question)) return;
    form.reset();
    const message = attivo ? 'Comune riattivato.' : 'Comune disattivato: la sua storia resta conservata.';
    const result = await activation.submit(() => invoke('comuni.setActive', { id: comune.id, attivo }), message);
    if (result?.ok) apply(result.value);
  };

  return (
    <>
      <h2 id="comune-detail-title" className="h4" ref={titleRef} tabIndex={-1}>
        {comune.nome}
        <ComuneBadges comune={comune} className="align-middle" />
      </h2>

      <dl className="row comune-data">
        <dt className="col-5">Codice ISTAT</dt>
        <dd className="col-7">{comune.codiceIstat}</dd>
        <dt className="col-5">Codice catastale</dt>
        <dd className="col-7">{comune.codiceCatastale}</dd>
        <dt className="col-5">CAP</dt>
        <dd className="col-7">{comune.cap}</dd>
        <dt className="col-5">Provincia</dt>
        <dd className="col-7">{comune.provincia}</dd>
        <dt className="col-5">Popolazione residente</dt>
        <dd className="col-7">
          {formatInteger(comune.popolazioneResidente)}
          <small className="d-block text-muted">
            al {formatYearMonth(comune.popolazioneData)}; fonte: {comune.popolazioneFonte}
          </small>
        </dd>
        <dt className="col-5">Censimento 2011</dt>
        <dd className="col-7">
          {comune.popolazioneCensimento2011 === null ? 'non indicato' : formatInteger(comune.popolazioneCensimento2011)}
        </dd>
        <dt className="col-5">Stato</dt>
        <dd className="col-7">
          {comune.attivo ? 'attivo' : `disattivato${comune.disattivatoIl ? ` dal ${formatDate(comune.disattivatoIl)}` : ''}`}
        </dd>
      </dl>

      <Form
        form={form}
        showSuccess
        aria-label={`Sindaco e recapiti di ${comune.nome}`}
        onSubmit={form.handleSubmit(
          (values) => invoke('comuni.update', { id: comune.id, ...values }),
          'Dati del comune salvati.',
          saved,
        )}
      >
        <SindacoFields bind={form.bind} />
        <FormActions label="Salva" disabled={form.pending} onCancel={onClose} />
      </Form>

      <div className="activation mt-5 pt-4">
        <h3 className="h6">{comune.attivo ? "Uscita dall'Ambito" : "Rientro nell'Ambito"}</h3>
        <p className="small">
          {comune.attivo
            ? "Un comune disattivato non compare più tra i comuni attivi, ma la sua storia resta conservata."
            : 'Il comune tornerà tra i comuni attivi; la sua storia è stata conservata.'}
        </p>
        <StatusAlert error={activation.error} success={activation.success} />
        <button
          type="button"
          className={`btn ${comune.attivo ? 'btn-outline-danger' : 'btn-outline-primary'}`}
          disabled={activation.pending}
          onClick={() => void toggleActive()}
        >
          {comune.attivo ? 'Disattiva comune' : 'Riattiva comune'}
        </button>
      </div>
    </>
  );
}
