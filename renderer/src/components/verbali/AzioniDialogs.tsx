import { todayIso } from '../../clock';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { Form } from '../Form';
import { FormField } from '../FormField';
import { dateFromIso, dateToIso } from '../sedute/inputs';
import { StatusAlert } from '../StatusAlert';
import { Dialog } from './Dialog';

interface ActionDialogProps {
  verbale: VerbaleDetail;
  onClose: () => void;
  onDone: (detail: VerbaleDetail) => void;
}

/** «Annulla verbale»: the number stays in the register, with the reason. */
export function AnnullaDialog({ verbale, onClose, onDone }: ActionDialogProps) {
  const form = useForm({ motivo: '' });
  return (
    <Dialog
      title={`Annullamento del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      action={{ label: 'Conferma l’annullamento', form: 'verbale-annulla', danger: true, disabled: form.pending }}
    >
      <Form
        id="verbale-annulla"
        aria-label="Annullamento del verbale"
        form={form}
        onSubmit={form.handleSubmit((v) => invoke('verbali.annulla', { id: verbale.id, motivo: v.motivo }), 'Verbale annullato.', onDone)}
      >
        <p>
          Il numero {verbale.numeroTesto} non viene riutilizzato: resta nel registro dei verbali come «annullato», con il
          motivo indicato qui.
        </p>
        <FormField {...form.bind('motivo')} label="Motivo dell’annullamento" hint="Obbligatorio." />
      </Form>
    </Dialog>
  );
}

/** «Segna come firmato ed esporta il PDF/A»: what it means, then the freeze. */
export function FirmaDialog({ verbale, onClose, onDone }: ActionDialogProps) {
  const { submit, pending, error } = useSubmit();
  const confirm = async () => {
    const result = await submit(() => invoke('verbali.firma', { id: verbale.id }), 'Verbale firmato.');
    if (result?.ok) onDone(result.value);
  };
  return (
    <Dialog
      title={`Firma del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={{
        label: pending ? 'Generazione del PDF/A in corso…' : 'Segna come firmato ed esporta il PDF/A',
        disabled: pending,
        onClick: () => void confirm(),
      }}
    >
      <StatusAlert error={error} />
      <ol className="verbale-firma-passi">
        <li>
          Il contenuto del verbale viene <strong>congelato</strong>: da quel momento non è più modificabile; una correzione
          si fa solo con una rettifica, che è un nuovo atto numerato.
        </li>
        <li>
          L’applicazione genera il <strong>PDF/A definitivo</strong>, lo conserva con la sua impronta <strong>SHA-256</strong>{' '}
          e lo salva sul computer.
        </li>
        <li>
          Il segretario firma quel file con la smart card, fuori dall’applicazione (Dike, ArubaSign, FirmaCerta: firma PAdES
          nel .pdf o busta CAdES .p7m).
        </li>
        <li>
          Il file firmato si importa poi qui, con «Importa file firmato»: l’applicazione verifica che contenga esattamente il
          PDF/A esportato.
        </li>
      </ol>
    </Dialog>
  );
}


/** «Redigi rettifica»: a new numbered act linked to the signed original. */
export function RettificaDialog({ verbale, onClose, onDone }: ActionDialogProps) {
  const form = useForm({ oggetto: `Rettifica del verbale n. ${verbale.numeroTesto}`, testo: '', data: dateFromIso(todayIso()) });
  return (
    <Dialog
      title={`Rettifica del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={{ label: 'Crea la rettifica', form: 'verbale-rettifica', disabled: form.pending }}
    >
      <Form
        id="verbale-rettifica"
        aria-label="Rettifica del verbale"
        form={form}
        onSubmit={form.handleSubmit(
          (v) => invoke('verbali.rettifica', { id: verbale.id, oggetto: v.oggetto, testo: v.testo, data: dateToIso(v.data) }),
          'Rettifica creata.',
          onDone,
        )}
      >
        <p>
          Il verbale firmato non cambia. La rettifica è un nuovo atto, con un proprio numero nel registro dell’anno della sua
          data, collegato al verbale n. {verbale.numeroTesto}; segue lo stesso percorso (bozza, approvazione, firma).
        </p>
        <FormField {...form.bind('oggetto')} label="Oggetto della rettifica" />
        <FormField {...form.bind('testo')} label="Testo della rettifica" hint="Che cosa si corregge e come." rows={6} />
        <FormField {...form.bind('data')} label="Data della rettifica" hint="gg/mm/aaaa" inputMode="numeric" />
      </Form>
    </Dialog>
  );
}

interface RigeneraDialogProps {
  /** The backend's explanation ("2 parti sono state modificate a mano: …"). */
  message: string;
  /** Labels of the sections edited by hand. */
  sezioni: readonly string[];
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Regenerating would overwrite text edited by hand: say which, and ask. */
export function RigeneraDialog({ message, sezioni, pending, onConfirm, onClose }: RigeneraDialogProps) {
  return (
    <Dialog
      title="Rigenerare il testo dalla seduta?"
      alert
      onClose={onClose}
      action={{ label: 'Rigenera e sovrascrivi le modifiche', danger: true, disabled: pending, onClick: onConfirm }}
      backLabel="Mantieni le modifiche"
    >
      <p>{message}</p>
      <p className="mb-2">Parti modificate a mano:</p>
      <ul aria-label="Parti modificate a mano">
        {sezioni.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="mb-0">Rigenerando, queste parti tornano al testo composto dai dati attuali della seduta.</p>
    </Dialog>
  );
}
