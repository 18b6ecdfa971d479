import { useState } from 'react';
import type { SedutaDetail, SedutaStato } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { useFocusOnMount } from '../../hooks/useFocusOnMount';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { Form } from '../Form';
import { FormActions } from '../FormActions';
import { FormField } from '../FormField';
import { StatusAlert } from '../StatusAlert';
import { timeNow, timeToIso } from './inputs';

/** One state change offered for the current state; `ask` says what it needs first (a reason or the closing time). */
interface Action {
  target: SedutaStato;
  label: string;
  ask?: 'motivo' | 'ora';
  /** Heading and confirm button of the small form that asks. */
  question?: string;
  confirm?: string;
  danger?: boolean;
  done: string;
}

/** Offered while the seduta is convocata or in corso. */
const ANNULLA: Action = {
  target: 'annullata',
  label: 'Annulla la seduta',
  ask: 'motivo',
  question: 'Annullamento della seduta',
  confirm: "Conferma l'annullamento",
  danger: true,
  done: 'Seduta annullata.',
};

const ACTIONS: Record<SedutaStato, Action[]> = {
  convocata: [{ target: 'in_corso', label: 'Apri la seduta', done: 'Seduta aperta.' }, ANNULLA],
  in_corso: [
    {
      target: 'chiusa',
      label: 'Chiudi la seduta',
      ask: 'ora',
      question: 'Chiusura della seduta',
      confirm: 'Conferma la chiusura',
      done: 'Seduta chiusa: i dati sono ora in sola lettura.',
    },
    { target: 'convocata', label: 'Riporta a «convocata»', done: 'La seduta è di nuovo convocata.' },
    ANNULLA,
  ],
  chiusa: [
    {
      target: 'in_corso',
      label: 'Riapri la seduta',
      ask: 'motivo',
      question: 'Riapertura della seduta',
      confirm: 'Conferma la riapertura',
      done: 'Seduta riaperta: la riapertura è stata registrata.',
    },
  ],
  annullata: [
    {
      target: 'convocata',
      label: 'Ripristina la seduta',
      ask: 'motivo',
      question: 'Ripristino della seduta',
      confirm: 'Conferma il ripristino',
      done: 'Seduta ripristinata come convocata.',
    },
  ],
};

const HINT = {
  motivo: 'Obbligatorio: resta registrato nel registro delle modifiche.',
  ora: 'hh:mm',
};

interface StatoActionsProps {
  detail: SedutaDetail;
  onChange: (detail: SedutaDetail) => void;
}

/** Apri / Chiudi / Riapri / Annulla / Ripristina, as the current state allows (none for a historic seduta). */
export function StatoActions({ detail, onChange }: StatoActionsProps) {
  const { seduta } = detail;
  const [asking, setAsking] = useState<Action | null>(null);
  const direct = useSubmit();
  const [done, setDone] = useState<string | null>(null);

  if (seduta.storica) return null;

  const run = async (action: Action) => {
    setDone(null);
    if (action.ask) {
      direct.reset();
      setAsking(action);
      return;
    }
    const result = await direct.submit(() => invoke('sedute.setStato', { id: seduta.id, stato: action.target }), action.done);
    if (result?.ok) {
      onChange(result.value);
      setDone(action.done);
    }
  };

  return (
    <section className="stato-actions" aria-label="Stato della seduta">
      <div className="d-flex flex-wrap align-items-center gap-2">
        {ACTIONS[seduta.stato].map((a) => (
          <button
            key={a.label}
            type="button"
            className={`btn btn-sm ${a.danger ? 'btn-outline-danger' : a === ACTIONS[seduta.stato][0] ? 'btn-primary' : 'btn-outline-primary'}`}
            aria-expanded={a.ask ? asking === a : undefined}
            disabled={direct.pending}
            onClick={() => void run(a)}
          >
            {a.label}
          </button>
        ))}
      </div>
      <StatusAlert error={direct.error} />
      {done && !asking && (
        <div className="alert alert-success mt-3 mb-0" role="status">
          {done}
        </div>
      )}
      {asking && (
        <AskForm
          key={asking.label}
          action={asking}
          sedutaId={seduta.id}
          onCancel={() => setAsking(null)}
          onDone={(value) => {
            setAsking(null);
            setDone(asking.done);
            onChange(value);
          }}
        />
      )}
    </section>
  );
}

interface AskFormProps {
  action: Action;
  sedutaId: number;
  onCancel: () => void;
  onDone: (detail: SedutaDetail) => void;
}

/** The reason (riapertura, annullamento, ripristino) or the closing time, then the change. */
function AskForm({ action, sedutaId, onCancel, onDone }: AskFormProps) {
  const field = action.ask!;
  const form = useForm({ [field]: field === 'ora' ? timeNow() : '' } as Record<'motivo' | 'ora', string>);
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  const titleId = `stato-${field}-title`;

  return (
    <Form
      form={form}
      className="stato-ask mt-3"
      aria-labelledby={titleId}
      onSubmit={form.handleSubmit(
        (v) =>
          invoke(
            'sedute.setStato',
            field === 'ora'
              ? { id: sedutaId, stato: action.target, ora: timeToIso(v.ora ?? '') }
              : { id: sedutaId, stato: action.target, motivo: v.motivo ?? '' },
          ),
        action.done,
        onDone,
      )}
      onEscape={onCancel}
      heading={
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="h6 form-heading">
          {action.question}
        </h2>
      }
    >
      <FormField
        {...form.bind(field)}
        label={field === 'ora' ? 'Ora di chiusura' : 'Motivo'}
        hint={HINT[field]}
        inputMode={field === 'ora' ? 'numeric' : undefined}
      />
      <FormActions
        label={action.confirm}
        danger={action.danger}
        small
        disabled={form.pending}
        onCancel={onCancel}
        cancelLabel="Indietro"
      />
    </Form>
  );
}
