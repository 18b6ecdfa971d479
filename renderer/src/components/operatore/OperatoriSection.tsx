import { invoke } from '../../api/client';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { Form } from '../Form';
import { ActionButton } from '../FormActions';
import { FormField } from '../FormField';
import { StatusAlert } from '../StatusAlert';
import { useSessione } from './sessione';

/** Impostazioni → Operatori: the short list of names offered at start (the computer's user is always offered). */
export function OperatoriSection() {
  const { sessione, apply } = useSessione();
  const form = useForm({ nome: '' });
  const remove = useSubmit();

  return (
    <section aria-labelledby="operatori-title">
      <h2 id="operatori-title" className="h4">
        Operatori
      </h2>
      <p>
        All’avvio l’applicazione chiede chi sta lavorando, fra questi nomi e l’utente del computer ({sessione?.predefinito ?? '…'}
        ). Il nome scelto è registrato in ogni modifica.
      </p>
      {sessione && sessione.operatori.length === 0 && <p className="text-muted">Nessun operatore: si usa l’utente del computer.</p>}
      <ul className="list-group mb-3" aria-label="Operatori">
        {sessione?.operatori.map((o) => (
          <li key={o.id} className="list-group-item d-flex align-items-center justify-content-between">
            {o.nome}
            <button
              type="button"
              className="btn btn-outline-danger btn-xs"
              disabled={remove.pending}
              onClick={() => void remove.submit(async () => apply(await invoke('operatori.rimuovi', { id: o.id })), `Operatore «${o.nome}» rimosso.`)}
            >
              Rimuovi<span className="visually-hidden">{` ${o.nome}`}</span>
            </button>
          </li>
        ))}
      </ul>
      <StatusAlert error={remove.error} success={remove.success} />
      <Form
        form={form}
        aria-label="Nuovo operatore"
        showSuccess
        onSubmit={form.handleSubmit(
          async (v) => apply(await invoke('operatori.aggiungi', { nome: v.nome })),
          'Operatore aggiunto.',
          () => form.setValues({ nome: '' }),
        )}
      >
        <FormField {...form.bind('nome')} label="Nome e cognome dell’operatore" maxLength={120} />
        <ActionButton label="Aggiungi operatore" small disabled={form.pending} />
      </Form>
    </section>
  );
}
