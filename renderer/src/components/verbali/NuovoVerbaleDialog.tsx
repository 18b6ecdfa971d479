import { useEffect, useState } from 'react';
import type { SedutaSummary } from '../../../../shared/domain/seduta';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { toHash } from '../../store/navigation';
import { Form } from '../Form';
import { FormField } from '../FormField';
import { STATO_LABEL } from '../sedute/labels';
import { LoadState } from '../StatusAlert';
import { Dialog } from './Dialog';

interface NuovoVerbaleDialogProps {
  organoId: number;
  anno: number;
  /** Sedute of the year that already have a verbale (not annulled): they cannot have another. */
  sedutaIdsConVerbale: ReadonlySet<number>;
  onClose: () => void;
  onCreated: (verbale: VerbaleDetail) => void;
}

const sedutaOption = (s: SedutaSummary): string =>
  `${formatDate(s.data)}${s.oggetto ? ` – ${s.oggetto}` : ''} (${STATO_LABEL[s.stato].toLowerCase()})`;

/** «Nuovo verbale»: choose a closed seduta of the year without a verbale; the number is assigned when the verbale is created. */
export function NuovoVerbaleDialog({ organoId, anno, sedutaIdsConVerbale, onClose, onCreated }: NuovoVerbaleDialogProps) {
  const [state, setState] = useState<{ sedute?: SedutaSummary[]; error?: string }>({});
  const form = useForm({ sedutaId: '' });
  const { setValues } = form;

  useEffect(() => {
    let live = true;
    void invoke('sedute.list', { organoId, anno }).then((result) => {
      if (!live) return;
      if (!result.ok) return setState({ error: result.error.message });
      const sedute = result.value
        .filter((s) => !s.storica && s.stato === 'chiusa' && !sedutaIdsConVerbale.has(s.id))
        .sort((a, b) => a.data.localeCompare(b.data) || a.id - b.id);
      setState({ sedute });
      setValues({ sedutaId: sedute.length === 1 ? String(sedute[0]!.id) : '' });
    });
    return () => {
      live = false;
    };
  }, [organoId, anno, sedutaIdsConVerbale, setValues]);

  const sedute = state.sedute ?? [];

  return (
    <Dialog
      title={`Nuovo verbale – ${anno}`}
      onClose={onClose}
      wide
      action={sedute.length > 0 ? { label: 'Crea il verbale', form: 'verbale-nuovo', disabled: form.pending } : undefined}
    >
      {!state.sedute ? (
        <LoadState error={state.error} text="Caricamento delle sedute…" />
      ) : sedute.length === 0 ? (
        <div className="alert alert-info mb-0">
          Nel {anno} non ci sono sedute chiuse senza verbale: il verbale si redige dopo la chiusura della seduta. Le sedute si registrano nella sezione{' '}
          <a href={toHash({ section: 'sedute' })}>Sedute</a>; le sedute storiche hanno il verbale registrato dall’archivio.
        </div>
      ) : (
        <Form
          id="verbale-nuovo"
          aria-label="Nuovo verbale"
          form={form}
          onSubmit={form.handleSubmit(
            // An unchosen seduta goes as it is: the backend says what is missing.
            (v) => invoke('verbali.create', { sedutaId: (v.sedutaId ? Number(v.sedutaId) : v.sedutaId) as number }),
            'Verbale creato.',
            onCreated,
          )}
        >
          <p>
            La bozza si compone dai dati della seduta (presenze, numero legale, ordine del giorno, votazioni) ed è modificabile
            fino all’approvazione. Il numero progressivo del {anno} viene assegnato ora, una volta per tutte.
          </p>
          <FormField
            {...form.bind('sedutaId')}
            label="Seduta"
            options={[
              ...(sedute.length > 1 ? [{ value: '', label: 'Scegliere la seduta…' }] : []),
              ...sedute.map((s) => ({ value: String(s.id), label: sedutaOption(s) })),
            ]}
          />
        </Form>
      )}
    </Dialog>
  );
}
