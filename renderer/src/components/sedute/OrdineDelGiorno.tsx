import { useEffect, useRef, useState } from 'react';
import type { Punto, PuntoTipo, SedutaDetail } from '../../../../shared/domain/seduta';
import type { VerbaleSummary } from '../../../../shared/domain/verbale';
import { formatDate } from '../../format';
import { toHash } from '../../store/navigation';
import { invoke } from '../../api/client';
import { useFocusOnMount } from '../../hooks/useFocusOnMount';
import { useForm, type FieldBinding } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { Form } from '../Form';
import { Allegati } from '../allegati/Allegati';
import { ActionButton, FormActions } from '../FormActions';
import { FormField } from '../FormField';
import { StatusAlert } from '../StatusAlert';

/** `verbale`: '' for this seduta's own verbale, otherwise the id of an earlier verbale. */
const EMPTY_PUNTO = { titolo: '', descrizione: '', relatore: '', tipo: 'ordinario', verbale: '' };
type PuntoValues = typeof EMPTY_PUNTO;

const TIPI = [
  { value: 'ordinario', label: 'Punto ordinario' },
  { value: 'approvazione_verbale', label: 'Approvazione di un verbale' },
];

/** The form's values as the backend reads them (an unknown type goes as typed: the backend says what is wrong). */
const puntoInput = ({ tipo, verbale, ...fields }: PuntoValues) => ({
  ...fields,
  tipo: tipo as PuntoTipo,
  verbaleId: tipo === 'approvazione_verbale' && verbale ? Number(verbale) : null,
});

/** Earlier verbali of the organ still in bozza (this year and the previous one): what an approval item can name. */
function useVerbaliDaApprovare(detail: SedutaDetail): VerbaleSummary[] {
  const { seduta } = detail;
  const [verbali, setVerbali] = useState<VerbaleSummary[]>([]);
  useEffect(() => {
    let live = true;
    const anno = Number(seduta.data.slice(0, 4));
    void Promise.all([anno - 1, anno].map((a) => invoke('verbali.registro', { organoId: seduta.organoId, anno: a }))).then((lists) => {
      if (!live) return;
      setVerbali(
        lists
          .flatMap((l) => (l.ok ? l.value.righe : []))
          .flatMap((r) => (r.verbale ? [r.verbale] : []))
          .filter((v) => v.stato === 'bozza' && v.sedutaId !== null && v.sedutaId !== seduta.id && v.data <= seduta.data),
      );
    });
    return () => {
      live = false;
    };
  }, [seduta.id, seduta.organoId, seduta.data]);
  return verbali;
}

/** What an approval item approves, as the list says it. */
function PuntoVerbale({ punto }: { punto: Punto }) {
  if (punto.tipo !== 'approvazione_verbale') return null;
  return (
    <p className="small mb-1">
      <span className="badge bg-light text-dark border">Approvazione di un verbale</span>{' '}
      {punto.verbaleId === null ? (
        'il verbale di questa seduta'
      ) : (
        <a href={toHash({ section: 'verbali', detail: String(punto.verbaleId) })}>il verbale approvato da questo punto</a>
      )}
    </p>
  );
}

interface OrdineDelGiornoProps {
  detail: SedutaDetail;
  editable: boolean;
  onChange: (detail: SedutaDetail) => void;
}

/** Where focus goes after the list changed: a button of a given item (it may have moved). */
interface FocusTarget {
  puntoId: number;
  action: 'su' | 'giu' | 'modifica';
}

/** Tab "Ordine del giorno": the items in order; while the seduta can change, add / edit / move / remove. */
export function OrdineDelGiorno({ detail, editable, onChange }: OrdineDelGiornoProps) {
  const { punti } = detail;
  const [editing, setEditing] = useState<number | null>(null);
  const action = useSubmit();
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const buttons = (name: string) => listRef.current?.querySelector<HTMLButtonElement>(`[data-punto="${target.puntoId}"] [data-action="${name}"]`);
    const preferred = buttons(target.action);
    // At the top (or bottom) the arrow just used is disabled: take the other one.
    (preferred && !preferred.disabled ? preferred : buttons(target.action === 'su' ? 'giu' : 'su'))?.focus();
  }, [punti]);

  const move = async (punto: Punto, direzione: 'su' | 'giu') => {
    const result = await action.submit(() => invoke('odg.move', { id: punto.id, direzione }), '');
    if (result?.ok) {
      focusAfter.current = { puntoId: punto.id, action: direzione };
      onChange(result.value);
    }
  };

  const remove = async (punto: Punto) => {
    const question =
      `Eliminare il punto ${punto.posizione} «${punto.titolo}» dall'ordine del giorno?` +
      (punto.votazione ? '\n\nAnche la votazione registrata per questo punto sarà eliminata.' : '');
    if (!window.confirm(question)) return;
    const result = await action.submit(() => invoke('odg.remove', { id: punto.id }), `Punto «${punto.titolo}» eliminato.`);
    if (result?.ok) onChange(result.value);
  };

  return (
    <div className="row g-5">
      <div className="col-xl-7">
        <h2 className="h4" id="odg-title">
          Ordine del giorno
        </h2>
        <StatusAlert error={action.error} success={action.success || null} />
        {punti.length === 0 ? (
          <p>{editable ? 'Nessun punto: aggiungere il primo con il modulo.' : "Nessun punto all'ordine del giorno."}</p>
        ) : (
          <ol className="odg-list" ref={listRef} aria-labelledby="odg-title">
            {punti.map((p, index) => (
              <li key={p.id} data-punto={p.id} className="odg-item">
                {editing === p.id ? (
                  <PuntoEditor
                    punto={p}
                    detail={detail}
                    onCancel={() => {
                      focusAfter.current = { puntoId: p.id, action: 'modifica' };
                      setEditing(null);
                    }}
                    onSaved={(value) => {
                      focusAfter.current = { puntoId: p.id, action: 'modifica' };
                      setEditing(null);
                      onChange(value);
                    }}
                  />
                ) : (
                  <div className="d-flex flex-wrap gap-3 justify-content-between">
                    <div className="odg-text">
                      <p className="odg-title mb-1">
                        <span className="odg-number">{p.posizione}.</span> {p.titolo}
                      </p>
                      <PuntoVerbale punto={p} />
                      {p.relatore && <p className="small mb-1">Relatore: {p.relatore}</p>}
                      {p.descrizione && <p className="small mb-0 text-muted">{p.descrizione}</p>}
                      <Allegati owner={{ tipo: 'punto', id: p.id }} titolo={`punto ${p.posizione}`} />
                    </div>
                    {editable && (
                      <div className="odg-actions d-flex gap-1 align-items-start">
                        <MoveButton punto={p} direzione="su" disabled={index === 0 || action.pending} onMove={move} />
                        <MoveButton punto={p} direzione="giu" disabled={index === punti.length - 1 || action.pending} onMove={move} />
                        <button
                          type="button"
                          className="btn btn-outline-primary btn-xs"
                          data-action="modifica"
                          aria-label={`Modifica il punto ${p.posizione}`}
                          onClick={() => setEditing(p.id)}
                        >
                          Modifica
                        </button>
                        <button
                          type="button"
                          className="btn btn-outline-danger btn-xs"
                          aria-label={`Elimina il punto ${p.posizione}`}
                          disabled={action.pending}
                          onClick={() => void remove(p)}
                        >
                          Elimina
                        </button>
                      </div>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      {editable && (
        <div className="col-xl-5">
          <NuovoPunto detail={detail} onChange={onChange} />
        </div>
      )}
    </div>
  );
}

const MOVE = {
  su: { where: 'in alto', arrow: '↑' },
  giu: { where: 'in basso', arrow: '↓' },
} as const;

interface MoveButtonProps {
  punto: Punto;
  direzione: 'su' | 'giu';
  disabled: boolean;
  onMove: (punto: Punto, direzione: 'su' | 'giu') => Promise<void>;
}

/** An arrow that moves the item one place up or down (data-action: focus comes back to it after the move). */
function MoveButton({ punto, direzione, disabled, onMove }: MoveButtonProps) {
  const { where, arrow } = MOVE[direzione];
  return (
    <button
      type="button"
      className="btn btn-outline-primary btn-xs"
      data-action={direzione}
      aria-label={`Sposta ${where} il punto ${punto.posizione}`}
      title={`Sposta ${where}`}
      disabled={disabled}
      onClick={() => void onMove(punto, direzione)}
    >
      <span aria-hidden="true">{arrow}</span>
    </button>
  );
}

interface PuntoEditorProps {
  punto: Punto;
  detail: SedutaDetail;
  onCancel: () => void;
  onSaved: (d: SedutaDetail) => void;
}

function PuntoEditor({ punto, detail, onCancel, onSaved }: PuntoEditorProps) {
  const verbali = useVerbaliDaApprovare(detail);
  const form = useForm<PuntoValues>({
    titolo: punto.titolo,
    descrizione: punto.descrizione,
    relatore: punto.relatore,
    tipo: punto.tipo,
    verbale: punto.verbaleId === null ? '' : String(punto.verbaleId),
  });
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  const titleId = `punto-${punto.id}-edit`;
  return (
    <Form
      form={form}
      aria-labelledby={titleId}
      onSubmit={form.handleSubmit((v) => invoke('odg.update', { id: punto.id, ...puntoInput(v) }), 'Punto salvato.', onSaved)}
      onEscape={onCancel}
      heading={
        <h3 className="h6 form-heading" id={titleId} ref={titleRef} tabIndex={-1}>
          Modifica del punto {punto.posizione}
        </h3>
      }
    >
      <PuntoFields bind={form.bind} tipo={form.values.tipo} verbali={verbali} />
      <FormActions label="Salva il punto" small disabled={form.pending} onCancel={onCancel} />
    </Form>
  );
}

interface PuntoFieldsProps {
  bind: (name: keyof PuntoValues) => FieldBinding;
  tipo: string;
  verbali: readonly VerbaleSummary[];
}

function PuntoFields({ bind, tipo, verbali }: PuntoFieldsProps) {
  const verbale = bind('verbale');
  return (
    <>
      <FormField {...bind('titolo')} label="Titolo" />
      <FormField {...bind('descrizione')} label="Descrizione" hint="Facoltativa" />
      <FormField {...bind('relatore')} label="Relatore" hint="Facoltativo, es. il Presidente" />
      <FormField {...bind('tipo')} label="Tipo di punto" options={TIPI} hint="Solo un punto di approvazione, votato e approvato, approva un verbale." />
      {tipo === 'approvazione_verbale' && (
        <FormField
          {...verbale}
          error={verbale.error ?? bind('verbaleId' as keyof PuntoValues).error}
          label="Verbale da approvare"
          options={[
            { value: '', label: 'Il verbale di questa seduta' },
            ...verbali.map((v) => ({ value: String(v.id), label: `Verbale n. ${v.numeroTesto} della seduta del ${formatDate(v.data)}` })),
          ]}
        />
      )}
    </>
  );
}

function NuovoPunto({ detail, onChange }: { detail: SedutaDetail; onChange: (d: SedutaDetail) => void }) {
  const form = useForm(EMPTY_PUNTO);
  const verbali = useVerbaliDaApprovare(detail);

  const submitted = useRef(EMPTY_PUNTO);
  const added = (value: SedutaDetail) => {
    onChange(value);
    // Empty the fields for the next item, unless the user has already started typing it.
    const same = (a: typeof EMPTY_PUNTO, b: typeof EMPTY_PUNTO) => a.titolo === b.titolo && a.descrizione === b.descrizione && a.relatore === b.relatore;
    form.setValues((current) => (same(current, submitted.current) ? EMPTY_PUNTO : current));
    form.formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  return (
    <section className="detail-panel" aria-labelledby="nuovo-punto-title">
      <h2 id="nuovo-punto-title" className="h5 form-heading">
        Aggiungi un punto
      </h2>
      <Form
        form={form}
        showSuccess
        aria-labelledby="nuovo-punto-title"
        onSubmit={form.handleSubmit(
          (v) => {
            submitted.current = v;
            return invoke('odg.add', { sedutaId: detail.seduta.id, ...puntoInput(v) });
          },
          'Punto aggiunto in fondo all’ordine del giorno.',
          added,
        )}
      >
        <PuntoFields bind={form.bind} tipo={form.values.tipo} verbali={verbali} />
        <ActionButton label="Aggiungi il punto" small disabled={form.pending} />
      </Form>
    </section>
  );
}
