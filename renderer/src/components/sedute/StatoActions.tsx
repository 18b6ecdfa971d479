import { useEffect, useState } from 'react';
import { sedutaTransition, type SedutaContext } from '../../../../shared/lifecycle';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { todayIso } from '../../clock';
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

/** The life-cycle context of a seduta from what the renderer can read: its verbale and the verbali its items approved. */
export function useSedutaContext(detail: SedutaDetail): { ctx: SedutaContext; verbale: VerbaleDetail | null } | null {
  const { seduta, punti } = detail;
  const [found, setFound] = useState<{ verbale: VerbaleDetail | null; approvati: string[] } | null>(null);
  useEffect(() => {
    let live = true;
    const named = [...new Set(punti.flatMap((p) => (p.tipo === 'approvazione_verbale' && p.verbaleId !== null ? [p.verbaleId] : [])))];
    void Promise.all([invoke('verbali.bySeduta', { sedutaId: seduta.id }), ...named.map((id) => invoke('verbali.get', { id }))]).then(
      ([own, ...others]) => {
        if (!live) return;
        const verbale = own?.ok ? (own.value as VerbaleDetail | null) : null;
        const approvedHere = [verbale, ...others.map((r) => (r.ok ? (r.value as VerbaleDetail) : null))].filter(
          (v): v is VerbaleDetail => v !== null && v.approvatoPunto?.sedutaId === seduta.id && v.stato !== 'bozza',
        );
        setFound({ verbale, approvati: approvedHere.map((v) => v.numeroTesto) });
      },
    );
    return () => {
      live = false;
    };
  }, [seduta.id, seduta.stato, punti]);
  if (!found) return null;
  const ctx: SedutaContext = {
    storica: seduta.storica,
    verbale: found.verbale?.stato ?? null,
    approvaVerbali: found.approvati,
    data: seduta.data,
    oggi: todayIso(),
  };
  return { ctx, verbale: found.verbale };
}

interface StatoActionsProps {
  detail: SedutaDetail;
  /** null while loading: the backend still decides, and says why when it refuses. */
  ctx: SedutaContext | null;
  onChange: (detail: SedutaDetail) => void;
}

/** Apri / Chiudi / Riapri / Annulla / Ripristina, as the current state allows (none for a historic seduta). */
export function StatoActions({ detail, ctx, onChange }: StatoActionsProps) {
  const { seduta } = detail;
  const [asking, setAsking] = useState<Action | null>(null);
  const direct = useSubmit();
  const [done, setDone] = useState<string | null>(null);

  if (seduta.storica) return null;
  const offered = ACTIONS[seduta.stato].map((a) => ({ ...a, allowed: ctx ? sedutaTransition(seduta.stato, a.target, ctx) : null }));
  const refusals = [...new Set(offered.flatMap((a) => (a.allowed && !a.allowed.ok ? [a.allowed.perche] : [])))];

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
        {offered.map((a, i) => (
          <button
            key={a.label}
            type="button"
            className={`btn btn-sm ${a.danger ? 'btn-outline-danger' : i === 0 ? 'btn-primary' : 'btn-outline-primary'}`}
            aria-expanded={a.ask ? asking?.label === a.label : undefined}
            aria-describedby={a.allowed && !a.allowed.ok ? 'stato-perche' : undefined}
            disabled={direct.pending || (a.allowed !== null && !a.allowed.ok)}
            onClick={() => void run(a)}
          >
            {a.label}
          </button>
        ))}
      </div>
      {refusals.length > 0 && (
        <p id="stato-perche" className="small text-muted mt-2 mb-0">
          {refusals.join(' ')}
        </p>
      )}
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
