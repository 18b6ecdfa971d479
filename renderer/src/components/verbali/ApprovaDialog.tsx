import { useEffect, useState } from 'react';
import type { Punto, SedutaDetail } from '../../../../shared/domain/seduta';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { toHash } from '../../store/navigation';
import { Form } from '../Form';
import { FormField } from '../FormField';
import { LoadState } from '../StatusAlert';
import { Dialog } from './Dialog';

/** The later sedute looked at for the approval item (the next ones are the likely ones). */
const MAX_LATER_SEDUTE = 12;

/** The verbale's own seduta and the later sedute of the same organ (not annulled), with their agenda, earliest first. */
async function candidateSedute(verbale: VerbaleDetail): Promise<{ sedute?: SedutaDetail[]; error?: string }> {
  const years = await invoke('sedute.years', { organoId: verbale.organoId });
  if (!years.ok) return { error: years.error.message };
  const lists = await Promise.all(
    years.value.filter((y) => y.anno >= verbale.anno).map((y) => invoke('sedute.list', { organoId: verbale.organoId, anno: y.anno })),
  );
  const failed = lists.find((l) => !l.ok);
  if (failed && !failed.ok) return { error: failed.error.message };
  const summaries = lists
    .flatMap((l) => (l.ok ? l.value : []))
    .filter((s) => s.stato !== 'annullata' && (s.id === verbale.sedutaId || s.data >= verbale.data))
    .sort((a, b) => a.data.localeCompare(b.data) || a.id - b.id)
    .slice(0, MAX_LATER_SEDUTE + 1);
  const details = await Promise.all(summaries.map((s) => invoke('sedute.get', { id: s.id })));
  const bad = details.find((d) => !d.ok);
  if (bad && !bad.ok) return { error: bad.error.message };
  return { sedute: details.flatMap((d) => (d.ok ? [d.value] : [])) };
}

interface Candidate {
  seduta: SedutaDetail['seduta'];
  punto: Punto;
}

/** The agenda items about this verbale: naming it, or "this seduta's verbale" in its own seduta. */
const itemsAbout = (verbale: VerbaleDetail, sedute: readonly SedutaDetail[]): Candidate[] =>
  sedute.flatMap((d) =>
    d.punti
      .filter(
        (p) =>
          p.tipo === 'approvazione_verbale' &&
          (p.verbaleId === verbale.id || (p.verbaleId === null && d.seduta.id === verbale.sedutaId)),
      )
      .map((punto) => ({ seduta: d.seduta, punto })),
  );

const ESITO_LABEL = {
  approvata: 'approvato',
  respinta: 'respinto',
  numero_legale_mancante: 'numero legale mancante',
  eletto: 'elezione',
  nessun_eletto: 'elezione senza eletti',
} as const;

function candidateLabel({ seduta, punto }: Candidate): string {
  const esito = punto.votazione?.esito?.esito;
  const vote = esito ? `votazione: ${ESITO_LABEL[esito]}` : 'non ancora votato';
  return `Seduta del ${formatDate(seduta.data)}, punto ${punto.posizione}. ${punto.titolo} (${vote})`;
}

interface ApprovaDialogProps {
  verbale: VerbaleDetail;
  /** Sections with text typed and not saved: approving now would leave it out. */
  unsaved: readonly string[];
  onClose: () => void;
  onDone: (detail: VerbaleDetail) => void;
}

/** «Approva»: through the agenda item, voted and approved, about this verbale (in its own seduta or a later one). */
export function ApprovaDialog({ verbale, unsaved, onClose, onDone }: ApprovaDialogProps) {
  const form = useForm({ puntoId: '' });
  const { setValues } = form;
  const [found, setFound] = useState<{ candidates?: Candidate[]; error?: string } | null>(null);

  useEffect(() => {
    let live = true;
    void candidateSedute(verbale).then(({ sedute, error }) => {
      if (!live) return;
      const candidates = sedute ? itemsAbout(verbale, sedute) : undefined;
      setFound({ candidates, error });
      // Propose the item already voted and approved, if there is one.
      const approved = candidates?.find((c) => c.punto.votazione?.esito?.esito === 'approvata') ?? candidates?.[0];
      setValues({ puntoId: approved ? String(approved.punto.id) : '' });
    });
    return () => {
      live = false;
    };
  }, [verbale, setValues]);

  const blocked = unsaved.length > 0;
  const candidates = found?.candidates;

  return (
    <Dialog
      title={`Approvazione del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={candidates?.length ? { label: 'Approva il verbale', form: 'verbale-approva', disabled: form.pending || blocked } : undefined}
    >
      {blocked && (
        <div className="alert alert-warning" role="alert">
          Ci sono modifiche non salvate in: {unsaved.join(', ')}. Salvarle (o annullarle) prima di approvare: dopo
          l’approvazione il testo non è più modificabile.
        </div>
      )}
      {!candidates ? (
        <LoadState error={found?.error} text="Ricerca dei punti di approvazione…" />
      ) : candidates.length === 0 ? (
        <div className="alert alert-info mb-0">
          Nessun punto all’ordine del giorno riguarda l’approvazione del verbale n. {verbale.numeroTesto}. Il verbale si approva
          con un punto «Approvazione di un verbale», votato e approvato, nella sua seduta o in una successiva: aggiungerlo
          dall’ordine del giorno della <a href={toHash({ section: 'sedute' })}>seduta</a>.
        </div>
      ) : (
        <Form
          id="verbale-approva"
          aria-label="Approvazione del verbale"
          form={form}
          onSubmit={form.handleSubmit(
            // An unchosen item goes as it is: the backend says what is missing.
            (v) => invoke('verbali.approva', { id: verbale.id, puntoId: Number(v.puntoId) }),
            'Verbale approvato.',
            onDone,
          )}
        >
          <p>
            Il verbale è approvato dal punto all’ordine del giorno che lo riguarda, votato e approvato in una seduta chiusa. Dopo
            l’approvazione il testo non è più modificabile; l’approvazione si può ritirare, con il motivo, fino alla firma.
          </p>
          <FormField
            {...form.bind('puntoId')}
            label="Punto che approva il verbale"
            options={[
              ...(candidates.length > 1 ? [{ value: '', label: 'Scegliere il punto…' }] : []),
              ...candidates.map((c) => ({ value: String(c.punto.id), label: candidateLabel(c) })),
            ]}
          />
        </Form>
      )}
    </Dialog>
  );
}
