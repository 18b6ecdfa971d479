import { useId, useState } from 'react';
import { todayIso } from '../../clock';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { useForm } from '../../hooks/useForm';
import { readFileBase64 } from '../../download';
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

/** «Esporta per la firma»: the content is frozen and the PDF/A to be signed is stored with its SHA-256. */
export function EsportaDialog({ verbale, onClose, onDone }: ActionDialogProps) {
  const { submit, pending, error } = useSubmit();
  const confirm = async () => {
    const result = await submit(() => invoke('verbali.esporta', { id: verbale.id }), 'Verbale esportato per la firma.');
    if (result?.ok) onDone(result.value);
  };
  return (
    <Dialog
      title={`Esportazione per la firma del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={{ label: pending ? 'Generazione del PDF/A in corso…' : 'Esporta per la firma', disabled: pending, onClick: () => void confirm() }}
    >
      <StatusAlert error={error} />
      <ol className="verbale-firma-passi">
        <li>
          Il contenuto del verbale viene <strong>congelato</strong>: l’applicazione genera il PDF/A da firmare, lo conserva con
          la sua impronta <strong>SHA-256</strong> e lo salva sul computer. Il verbale non è ancora firmato.
        </li>
        <li>
          Firma digitale: il segretario firma quel file con la smart card (PAdES nel .pdf o busta CAdES .p7m) e lo importa qui
          con «Importa file firmato»; l’applicazione verifica che contenga esattamente il PDF/A esportato.
        </li>
        <li>
          Firma autografa: si stampa il PDF/A, lo si firma a mano e si registra qui la firma con la data, i firmatari e la
          scansione dell’originale cartaceo.
        </li>
        <li>Fino alla firma l’approvazione si può ancora ritirare, con il motivo.</li>
      </ol>
    </Dialog>
  );
}

/** «Ritira l’approvazione»: back to bozza, with the reason (kept in the Registro delle modifiche). */
export function RitiraApprovazioneDialog({ verbale, onClose, onDone }: ActionDialogProps) {
  const form = useForm({ motivo: '' });
  return (
    <Dialog
      title={`Ritiro dell’approvazione del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      action={{ label: 'Ritira l’approvazione', form: 'verbale-ritira', danger: true, disabled: form.pending }}
    >
      <Form
        id="verbale-ritira"
        aria-label="Ritiro dell’approvazione"
        form={form}
        onSubmit={form.handleSubmit(
          (v) => invoke('verbali.ritiraApprovazione', { id: verbale.id, motivo: v.motivo }),
          'Approvazione ritirata.',
          onDone,
        )}
      >
        <p>
          Il verbale torna in bozza e si può correggere; il PDF/A eventualmente esportato non vale più per la firma. Il motivo
          resta nel registro delle modifiche.
        </p>
        <FormField {...form.bind('motivo')} label="Motivo del ritiro" hint="Obbligatorio." maxLength={500} />
      </Form>
    </Dialog>
  );
}

/** «Registra la firma autografa»: the day, who signed, and the scan of the paper original, archived as its copy. */
export function FirmaAutografaDialog({ verbale, onClose, onDone }: ActionDialogProps) {
  // nomeFile and base64 come from the file chosen: named here so that their messages show at the file field only.
  const form = useForm({ data: dateFromIso(todayIso()), firmatari: '', nomeFile: '', base64: '' });
  const [scan, setScan] = useState<File | null>(null);
  const scanId = useId();
  const scanError = form.error?.fields?.base64 ?? form.error?.fields?.nomeFile;
  return (
    <Dialog
      title={`Firma autografa del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={{ label: 'Registra la firma', form: 'verbale-firma-autografa', disabled: form.pending }}
    >
      <Form
        id="verbale-firma-autografa"
        aria-label="Firma autografa"
        form={form}
        onSubmit={form.handleSubmit(
          async (v) =>
            invoke('verbali.firmaAutografa', {
              id: verbale.id,
              data: dateToIso(v.data),
              firmatari: v.firmatari
                .split('\n')
                .map((n) => n.trim())
                .filter(Boolean),
              nomeFile: scan?.name ?? '',
              base64: scan ? await readFileBase64(scan) : '',
            }),
          'Firma registrata.',
          onDone,
        )}
      >
        <p>
          Per il verbale stampato dal PDF/A esportato e firmato a mano: la scansione dell’originale cartaceo firmato viene
          archiviata come sua copia digitalizzata, con l’impronta SHA-256.
        </p>
        <FormField {...form.bind('data')} label="Data della firma" hint="gg/mm/aaaa" inputMode="numeric" />
        <FormField {...form.bind('firmatari')} error={form.error?.fields?.firmatari ?? firstIndexed(form.error?.fields, 'firmatari')} label="Firmatari" hint="Un nome per riga (es. il Presidente e il Segretario verbalizzante)." rows={3} />
        <div className="mb-3">
          <label htmlFor={scanId} className="form-label d-block">
            Scansione dell’originale firmato (PDF, JPEG, PNG o TIFF)
          </label>
          <input
            id={scanId}
            type="file"
            className={`form-control${scanError ? ' is-invalid' : ''}`}
            accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff"
            aria-invalid={scanError ? true : undefined}
            onChange={(e) => setScan(e.target.files?.[0] ?? null)}
          />
          {scanError && <div className="invalid-feedback d-block">{scanError}</div>}
        </div>
      </Form>
    </Dialog>
  );
}

/** The message of the first indexed field ("firmatari.0") for a list. */
const firstIndexed = (fields: Record<string, string> | undefined, name: string): string | undefined =>
  Object.entries(fields ?? {}).find(([k]) => k.startsWith(`${name}.`))?.[1];

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
