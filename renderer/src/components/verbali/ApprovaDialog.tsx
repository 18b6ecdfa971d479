import { useEffect, useId, useState } from 'react';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
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

type Modo = 'stessa_seduta' | 'seduta_successiva';

const MODI: { value: Modo; label: string; hint: string }[] = [
  {
    value: 'stessa_seduta',
    label: 'nella stessa seduta (letto, approvato e sottoscritto)',
    hint: 'Il verbale è stato letto e approvato al termine della seduta che descrive.',
  },
  {
    value: 'seduta_successiva',
    label: 'in una seduta successiva',
    hint: 'Il verbale è stato approvato come punto all’ordine del giorno di una seduta successiva.',
  },
];

/** Later sedute of the same organ (not annulled), with their agenda, earliest first. */
async function laterSedute(verbale: VerbaleDetail): Promise<{ sedute?: SedutaDetail[]; error?: string }> {
  const years = await invoke('sedute.years', { organoId: verbale.organoId });
  if (!years.ok) return { error: years.error.message };
  const lists = await Promise.all(
    years.value.filter((y) => y.anno >= verbale.anno).map((y) => invoke('sedute.list', { organoId: verbale.organoId, anno: y.anno })),
  );
  const failed = lists.find((l) => !l.ok);
  if (failed && !failed.ok) return { error: failed.error.message };
  const summaries = lists
    .flatMap((l) => (l.ok ? l.value : []))
    .filter((s) => s.data > verbale.data && s.stato !== 'annullata' && s.id !== verbale.sedutaId)
    .sort((a, b) => a.data.localeCompare(b.data) || a.id - b.id)
    .slice(0, MAX_LATER_SEDUTE);
  const details = await Promise.all(summaries.map((s) => invoke('sedute.get', { id: s.id })));
  const bad = details.find((d) => !d.ok);
  if (bad && !bad.ok) return { error: bad.error.message };
  return { sedute: details.flatMap((d) => (d.ok ? [d.value] : [])) };
}

const sedutaLabel = ({ seduta }: SedutaDetail): string =>
  `Seduta del ${formatDate(seduta.data)}${seduta.oggetto ? ` – ${seduta.oggetto}` : ''}`;

interface ApprovaDialogProps {
  verbale: VerbaleDetail;
  /** Sections with text typed and not saved: approving now would leave it out. */
  unsaved: readonly string[];
  onClose: () => void;
  onDone: (detail: VerbaleDetail) => void;
}

/** «Approva»: in the same seduta, or at a later one, choosing its agenda item «Approvazione del verbale n. NN/AAAA». */
export function ApprovaDialog({ verbale, unsaved, onClose, onDone }: ApprovaDialogProps) {
  const form = useForm<{ modo: string; sedutaId: string; puntoId: string }>({ modo: '', sedutaId: '', puntoId: '' });
  const [later, setLater] = useState<{ sedute?: SedutaDetail[]; error?: string } | null>(null);
  const legendId = useId();
  const proposta = `Approvazione del verbale n. ${verbale.numeroTesto}`;
  const successiva = form.values.modo === 'seduta_successiva';

  useEffect(() => {
    if (!successiva || later) return;
    let live = true;
    void laterSedute(verbale).then((found) => {
      if (!live) return;
      setLater(found);
      // Propose the seduta and item the backend prepared when the next seduta was created.
      const withItem = found.sedute?.find((s) => s.punti.some((p) => p.titolo === proposta)) ?? found.sedute?.[0];
      const item = withItem?.punti.find((p) => p.titolo === proposta);
      form.setValues((v) => ({ ...v, sedutaId: withItem ? String(withItem.seduta.id) : '', puntoId: item ? String(item.id) : '' }));
    });
    return () => {
      live = false;
    };
    // form.setValues is stable; `later` guards the single load.
  }, [successiva, later, verbale, proposta]);

  const chosen = later?.sedute?.find((s) => String(s.seduta.id) === form.values.sedutaId);
  const sedutaBinding = form.bind('sedutaId');
  const blocked = unsaved.length > 0;

  return (
    <Dialog
      title={`Approvazione del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={{ label: 'Approva il verbale', form: 'verbale-approva', disabled: form.pending || blocked }}
    >
      {blocked && (
        <div className="alert alert-warning" role="alert">
          Ci sono modifiche non salvate in: {unsaved.join(', ')}. Salvarle (o annullarle) prima di approvare: dopo
          l’approvazione il testo non è più modificabile.
        </div>
      )}
      <Form
        id="verbale-approva"
        aria-label="Approvazione del verbale"
        form={form}
        onSubmit={form.handleSubmit(
          (v) =>
            invoke('verbali.approva', {
              id: verbale.id,
              // An unchosen mode goes as it is: the backend says what is missing.
              modo: v.modo as Modo,
              puntoId: v.modo === 'seduta_successiva' && v.puntoId ? Number(v.puntoId) : null,
            }),
          'Verbale approvato.',
          onDone,
        )}
      >
        <p>Dopo l’approvazione il testo del verbale non è più modificabile.</p>
        <fieldset className="mb-4" aria-labelledby={legendId}>
          <legend id={legendId} className="form-legend h6 mb-3">
            Il verbale è stato approvato
          </legend>
          {MODI.map((m) => (
            <div className="form-check verbali-radio" key={m.value}>
              <input
                type="radio"
                id={`approva-${m.value}`}
                name="modo"
                value={m.value}
                checked={form.values.modo === m.value}
                aria-describedby={`approva-${m.value}-hint`}
                onChange={() => form.bind('modo').onChange(m.value)}
              />
              <label htmlFor={`approva-${m.value}`}>{m.label}</label>
              <small id={`approva-${m.value}-hint`} className="form-text d-block ms-5">
                {m.hint}
              </small>
            </div>
          ))}
          {form.error?.fields?.modo && <div className="invalid-feedback d-block">{form.error.fields.modo}</div>}
        </fieldset>

        {successiva &&
          (!later?.sedute ? (
            <LoadState error={later?.error} text="Ricerca delle sedute successive…" />
          ) : !later.sedute.length ? (
            <div className="alert alert-info">
              Nessuna seduta successiva al {formatDate(verbale.data)} è registrata. Convocarla dalla sezione{' '}
              <a href={toHash({ section: 'sedute' })}>Sedute</a>: all’ordine del giorno viene proposto il punto «{proposta}».
            </div>
          ) : (
            <>
              <FormField
                {...sedutaBinding}
                onChange={(value) => {
                  const seduta = later.sedute?.find((s) => String(s.seduta.id) === value);
                  const item = seduta?.punti.find((p) => p.titolo === proposta);
                  sedutaBinding.onChange(value);
                  form.bind('puntoId').onChange(item ? String(item.id) : '');
                }}
                label="Seduta che approva il verbale"
                options={later.sedute.map((s) => ({ value: String(s.seduta.id), label: sedutaLabel(s) }))}
              />
              {chosen && chosen.punti.length === 0 ? (
                <div className="alert alert-info">
                  La seduta scelta non ha punti all’ordine del giorno: aggiungere il punto «{proposta}» dalla{' '}
                  <a href={toHash({ section: 'sedute', detail: String(chosen.seduta.id), sub: 'odg' })}>pagina della seduta</a>.
                </div>
              ) : (
                <FormField
                  {...form.bind('puntoId')}
                  label="Punto all’ordine del giorno"
                  hint={`Il punto «${proposta}», quando c’è, è già scelto.`}
                  options={[
                    { value: '', label: 'Scegliere il punto…' },
                    ...(chosen?.punti ?? []).map((p) => ({ value: String(p.id), label: `${p.posizione}. ${p.titolo}` })),
                  ]}
                />
              )}
            </>
          ))}
      </Form>
    </Dialog>
  );
}
