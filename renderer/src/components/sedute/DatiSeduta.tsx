import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { toHash } from '../../store/navigation';
import { Form } from '../Form';
import { ActionButton } from '../FormActions';
import { dateTimeFromIso } from './inputs';
import { Missing, TIPO_LABEL } from './labels';
import { SedutaFields, sedutaValues, toSedutaInput } from './SedutaFields';

interface DatiSedutaProps {
  detail: SedutaDetail;
  organo: Organo;
  editable: boolean;
  onChange: (detail: SedutaDetail) => void;
}

/** Tab "Dati e convocazione": the form while the seduta can change, the data otherwise; and the rules that judge it. */
export function DatiSeduta({ detail, organo, editable, onChange }: DatiSedutaProps) {
  return (
    <div className="row g-5">
      <div className="col-xl-8">
        {editable ? <DatiForm detail={detail} organo={organo} onChange={onChange} /> : <DatiReadOnly detail={detail} organo={organo} />}
      </div>
      <div className="col-xl-4">
        <RegoleCard detail={detail} />
      </div>
    </div>
  );
}

function DatiForm({ detail, organo, onChange }: Omit<DatiSedutaProps, 'editable'>) {
  const form = useForm(sedutaValues(detail.seduta));
  const saved = (value: SedutaDetail) => {
    onChange(value);
    form.setValues(sedutaValues(value.seduta));
  };
  return (
    <Form
      form={form}
      showSuccess
      aria-label="Dati e convocazione della seduta"
      onSubmit={form.handleSubmit(
        (v) => invoke('sedute.update', { id: detail.seduta.id, ...toSedutaInput(organo.id, v) }),
        'Dati della seduta salvati.',
        saved,
      )}
    >
      <SedutaFields bind={form.bind} organo={organo.nome} />
      <ActionButton label="Salva" disabled={form.pending} />
    </Form>
  );
}

function DatiReadOnly({ detail, organo }: { detail: SedutaDetail; organo: Organo }) {
  const s = detail.seduta;
  const rows: [string, string | null][] = [
    ['Organo', organo.nome],
    ['Tipo', s.tipo && TIPO_LABEL[s.tipo]],
    ['Data', formatDate(s.data)],
    ['Ora di inizio', s.oraInizio],
    ['Ora di chiusura', s.oraFine],
    ['Luogo', s.luogo],
    ['Oggetto', s.oggetto],
    ['Protocollo della convocazione', s.convocazioneProt],
    ['Data di invio', s.convocazioneData && formatDate(s.convocazioneData)],
    ['Prima convocazione', dateTimeFromIso(s.primaConvocazione)],
    ['Seconda convocazione', dateTimeFromIso(s.secondaConvocazione)],
    ['Si tiene in', s.storica ? null : `${s.convocazioneEffettiva} convocazione`],
  ];
  return (
    <dl className="row seduta-data">
      {rows.map(([label, value]) => (
        <div className="col-12 d-sm-flex" key={label}>
          <dt className="col-sm-4">{label}</dt>
          <dd className="col-sm-8">{value || <Missing />}</dd>
        </div>
      ))}
    </dl>
  );
}

function RegoleCard({ detail }: { detail: SedutaDetail }) {
  const { regole } = detail;
  return (
    <aside className="card card-bg no-after info-card" aria-labelledby="regole-seduta-title">
      <div className="card-body">
        <h2 id="regole-seduta-title" className="card-title h5">
          Regole applicate
        </h2>
        {regole ? (
          <p>
            Numero legale ed esiti delle votazioni sono calcolati con le regole della Conferenza in vigore dal{' '}
            <strong>{formatDate(regole.valideDal)}</strong>
            {regole.predefinita ? ' (valori predefiniti)' : ''}.
          </p>
        ) : (
          <p>Nessuna regola della Conferenza è in vigore alla data della seduta.</p>
        )}
        <a href={toHash({ section: 'impostazioni', detail: 'regole' })}>Regole della Conferenza</a>
      </div>
    </aside>
  );
}
