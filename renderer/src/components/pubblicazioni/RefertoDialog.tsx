import type { Pubblicazione } from '../../../../shared/domain/pubblicazione';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { useEnte } from '../../store/ente';
import { Form } from '../Form';
import { FormField } from '../FormField';
import { Dialog } from '../verbali/Dialog';

const ESITI = [
  { value: 'senza_opposizioni', label: 'Senza opposizioni o reclami' },
  { value: 'con_note', label: 'Con opposizioni, reclami o altre annotazioni' },
] as const;

interface RefertoDialogProps {
  pubblicazione: Pubblicazione;
  onClose: () => void;
  onDone: (p: Pubblicazione) => void;
}

/** «Referto di pubblicazione»: the certificate of the ended publication, as PDF/A to be signed, stored once. */
export function RefertoDialog({ pubblicazione: p, onClose, onDone }: RefertoDialogProps) {
  const segretario = useEnte((s) => s.ente?.segretarioVerbalizzante ?? '');
  const form = useForm({ esito: 'senza_opposizioni', note: '', firmatario: segretario, qualifica: 'Il Responsabile della pubblicazione' });
  return (
    <Dialog
      title={`Referto di pubblicazione n. ${p.numeroTesto}`}
      onClose={onClose}
      wide
      action={{ label: form.pending ? 'Generazione del PDF/A in corso…' : 'Emetti il referto', form: 'albo-referto', disabled: form.pending }}
    >
      <Form
        id="albo-referto"
        aria-label="Referto di pubblicazione"
        form={form}
        onSubmit={form.handleSubmit(
          (v) => invoke('pubblicazioni.referto', { id: p.id, esito: v.esito as (typeof ESITI)[number]['value'], note: v.note, firmatario: v.firmatario, qualifica: v.qualifica }),
          'Referto emesso.',
          onDone,
        )}
      >
        <p>
          Certifica che {p.atto.charAt(0).toLowerCase() + p.atto.slice(1)} è stato pubblicato all’albo pretorio dal {formatDate(p.dal)} al{' '}
          {formatDate(p.al)} ({p.giorni} giorni consecutivi). Il referto si genera come PDF/A da firmare e si conserva con la sua
          impronta SHA-256; una volta emesso non cambia.
        </p>
        <FormField {...form.bind('esito')} label="Esito della pubblicazione" options={ESITI} />
        {form.values.esito === 'con_note' && (
          <FormField {...form.bind('note')} label="Opposizioni o reclami pervenuti" hint="Chi, che cosa, con quale protocollo." rows={3} maxLength={2000} />
        )}
        <FormField {...form.bind('firmatario')} label="Chi firma il referto" maxLength={120} />
        <FormField {...form.bind('qualifica')} label="Qualifica" hint="Es. Il Responsabile della pubblicazione, Il Segretario comunale." maxLength={120} />
      </Form>
    </Dialog>
  );
}
