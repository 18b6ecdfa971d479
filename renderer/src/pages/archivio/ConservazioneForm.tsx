import { useCallback } from 'react';
import type { Conservazione } from '../../../../shared/domain/archivio';
import { invoke } from '../../api/client';
import { Form } from '../../components/Form';
import { ActionButton } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { LoadState } from '../../components/StatusAlert';
import { useForm } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';

const values = (c: Conservazione) => ({ giornaliere: String(c.giornaliere), settimanali: String(c.settimanali) });

/** How many automatic copies are kept (stored in the archive). */
export function ConservazioneForm() {
  const data = useLoad(useCallback(() => invoke('archivio.conservazione', {}), []));
  return (
    <section aria-labelledby="conservazione-title">
      <h2 id="conservazione-title" className="h4">
        Copie automatiche conservate
      </h2>
      {data.value ? <ConservazioneFields initial={data.value} /> : <LoadState error={data.error} onRetry={() => void data.reload()} />}
    </section>
  );
}

function ConservazioneFields({ initial }: { initial: Conservazione }) {
  const form = useForm(values(initial));
  return (
    <Form
      form={form}
      showSuccess
      className="pt-3"
      aria-labelledby="conservazione-title"
      onSubmit={form.handleSubmit(
        (v) => invoke('archivio.salvaConservazione', { giornaliere: Number(v.giornaliere), settimanali: Number(v.settimanali) }),
        'Impostazioni delle copie salvate.',
        (saved) => form.setValues(values(saved)),
      )}
    >
      <p className="small">Una copia automatica al primo avvio di ogni giorno; prima di ogni aggiornamento dell&apos;archivio se ne fa sempre una.</p>
      <FormField {...form.bind('giornaliere')} label="Copie giornaliere" inputMode="numeric" hint="Le più recenti, una per giorno" />
      <FormField {...form.bind('settimanali')} label="Copie settimanali" inputMode="numeric" hint="L'ultima di ciascuna settimana precedente" />
      <ActionButton label="Salva" disabled={form.pending} />
    </Form>
  );
}
