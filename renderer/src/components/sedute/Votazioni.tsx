import { useEffect, useRef, useState } from 'react';
import { presentAt } from '../../../../shared/domain/presence';
import type { ModalitaVoto, Presenza, Punto, SedutaDetail, Votazione, Voto } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { DataTable } from '../DataTable';
import { Form } from '../Form';
import { FormActions } from '../FormActions';
import { FormField } from '../FormField';
import { StatusAlert } from '../StatusAlert';
import { readableTime, timeToIso, wholeNumber } from './inputs';
import { EsitoBadge, keysOf, MODALITA_LABEL, MODALITA_PHRASE, VOTO_LABEL } from './labels';
import { moveBetweenRows, RadioSegments, type SegmentOption } from './RadioSegments';

const VOTO_OPTIONS: readonly SegmentOption<Voto>[] = [
  { value: 'favorevole', label: 'Favorevole', key: 'f', tone: 'success' },
  { value: 'contrario', label: 'Contrario', key: 'c', tone: 'danger' },
  { value: 'astenuto', label: 'Astenuto', key: 'a', tone: 'secondary' },
  { value: 'non_votante', label: 'Non votante', key: 'n', tone: 'secondary' },
];

const VOTI_PLURALE = { contrario: 'Contrari', astenuto: 'Astenuti', non_votante: 'Non votanti' } as const;

const MODALITA_OPTIONS = keysOf(MODALITA_LABEL).map((m) => ({ value: m, label: MODALITA_LABEL[m] }));

interface VotazioniProps {
  detail: SedutaDetail;
  editable: boolean;
  onChange: (detail: SedutaDetail) => void;
}

/** Tab "Votazioni": for each agenda item, the recorded vote with its outcome and computation, or the form to record it. */
export function Votazioni({ detail, editable, onChange }: VotazioniProps) {
  if (detail.seduta.storica) return <p className="mt-2">Seduta storica: presenze e votazioni non digitalizzate.</p>;
  if (detail.punti.length === 0) return <p className="mt-2">Nessun punto all&apos;ordine del giorno: aggiungerli prima di registrare le votazioni.</p>;
  return (
    <>
      <h2 className="h4">Votazioni</h2>
      {!editable && (
        <p className="readonly-note">
          {detail.seduta.stato === 'chiusa'
            ? 'Seduta chiusa: le votazioni sono in sola lettura. Per correggerle occorre riaprire la seduta.'
            : 'Seduta annullata: le votazioni sono in sola lettura.'}
        </p>
      )}
      {detail.punti.map((p) => (
        <PuntoVotazione key={p.id} punto={p} detail={detail} editable={editable} onChange={onChange} />
      ))}
    </>
  );
}

function PuntoVotazione({ punto, detail, editable, onChange }: { punto: Punto } & VotazioniProps) {
  const [editing, setEditing] = useState(false);
  const removal = useSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = `punto-${punto.id}-voto`;
  const v = punto.votazione;

  /** Opens the form: to record the vote, or to change the one recorded. */
  const formButton = (verb: 'Registra' | 'Modifica', style: string) => (
    <button
      type="button"
      className={`btn ${style} btn-sm`}
      aria-label={`${verb} la votazione del punto ${punto.posizione}`}
      onClick={() => {
        removal.reset();
        setEditing(true);
      }}
    >
      {verb} la votazione
    </button>
  );

  /** Back from the form: focus returns to the item's heading, above the outcome just computed. */
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const remove = async () => {
    if (!window.confirm(`Eliminare la votazione registrata per il punto ${punto.posizione}?`)) return;
    const result = await removal.submit(() => invoke('votazioni.remove', { puntoId: punto.id }), 'Votazione eliminata.');
    if (result?.ok) onChange(result.value);
  };

  return (
    <section className="punto-voto" aria-labelledby={titleId}>
      <h3 className={`h5${editing ? ' form-heading' : ''}`} id={titleId} ref={headingRef} tabIndex={-1}>
        Punto {punto.posizione}. {punto.titolo}
      </h3>
      <StatusAlert error={removal.error} success={removal.success} />
      {v && !editing ? (
        <>
          <EsitoPanel votazione={v} presenze={detail.presenze} />
          {editable && (
            <div className="d-flex flex-wrap gap-2 mt-3">
              {formButton('Modifica', 'btn-outline-primary')}
              <button
                type="button"
                className="btn btn-outline-danger btn-sm"
                aria-label={`Elimina la votazione del punto ${punto.posizione}`}
                disabled={removal.pending}
                onClick={() => void remove()}
              >
                Elimina la votazione
              </button>
            </div>
          )}
        </>
      ) : editable && editing ? (
        <VotazioneForm
          punto={punto}
          presenze={detail.presenze}
          onCancel={close}
          onSaved={(value) => {
            onChange(value);
            close();
          }}
        />
      ) : (
        <div className="d-flex flex-wrap align-items-center gap-3">
          <p className="mb-0">Nessuna votazione registrata.</p>
          {editable && formButton('Registra', 'btn-primary')}
        </div>
      )}
    </section>
  );
}

/** The outcome as the backend computed it: badge, sentence, every step of the computation, and the rules used. */
function EsitoPanel({ votazione: v, presenze }: { votazione: Votazione; presenze: Presenza[] }) {
  const esito = v.esito;
  const names = (voto: Voto) =>
    v.voti
      .filter((x) => x.voto === voto)
      .map((x) => presenze.find((p) => p.comuneId === x.comuneId)?.comune ?? `comune ${x.comuneId}`);
  const detailLine = [
    MODALITA_PHRASE[v.modalita],
    v.ora ? `alle ore ${v.ora}` : null,
    esito && `favorevoli ${esito.favorevoli}, contrari ${esito.contrari}, astenuti ${esito.astenuti} su ${esito.presenti} presenti al punto`,
  ].filter(Boolean);

  return (
    <div className={`esito-panel esito-${esito?.esito ?? 'errore'}`}>
      {esito ? (
        <>
          <p className="d-flex flex-wrap align-items-center gap-3 mb-2">
            <EsitoBadge esito={esito.esito} />
            <span className="small">Votazione {detailLine.join(', ')}</span>
          </p>
          <p className="esito-spiegazione">{esito.spiegazione}</p>
          <h4 className="h6 mb-1">Calcolo</h4>
          <ol className="esito-passaggi">
            {esito.passaggi.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          {v.modalita === 'palese' && (
            <dl className="voti-nominali small">
              {(['contrario', 'astenuto', 'non_votante'] as const).map((voto) => {
                const list = names(voto);
                return list.length ? (
                  <div key={voto}>
                    <dt>{VOTI_PLURALE[voto]}:</dt> <dd>{list.join(', ')}</dd>
                  </div>
                ) : null;
              })}
            </dl>
          )}
          <p className="small text-muted mb-0">
            {esito.regoleValideDal ? `Regole in vigore dal ${formatDate(esito.regoleValideDal)}.` : 'Regole non indicate.'}
          </p>
        </>
      ) : (
        <div className="alert alert-danger mb-0" role="alert">
          <p className="mb-1">
            <strong>Esito non calcolabile</strong> con le presenze e le regole attuali.
          </p>
          <p className="mb-0">{v.errore}</p>
        </div>
      )}
    </div>
  );
}

interface VotazioneFormProps {
  punto: Punto;
  presenze: Presenza[];
  onCancel: () => void;
  onSaved: (detail: SedutaDetail) => void;
}

const initialValues = (v: Votazione | null) => ({
  modalita: v?.modalita ?? 'palese',
  ora: v?.ora ?? '',
  'conteggi.favorevoli': v?.conteggi ? String(v.conteggi.favorevoli) : '',
  'conteggi.contrari': v?.conteggi ? String(v.conteggi.contrari) : '',
  'conteggi.astenuti': v?.conteggi ? String(v.conteggi.astenuti) : '',
});

function VotazioneForm({ punto, presenze, onCancel, onSaved }: VotazioneFormProps) {
  const form = useForm(initialValues(punto.votazione));
  useEffect(() => form.formRef.current?.querySelector('select')?.focus(), [form.formRef]);
  const [voti, setVoti] = useState<Record<number, Voto>>(() =>
    Object.fromEntries((punto.votazione?.voti ?? []).map((x) => [x.comuneId, x.voto])),
  );
  const modalita = form.values.modalita as ModalitaVoto;
  // Who is in the room at the vote's time (everyone present at the seduta while the time is empty or incomplete).
  const presenti = presenze.filter((p) => presentAt(p, readableTime(form.values.ora)));
  const votoOf = (comuneId: number): Voto => voti[comuneId] ?? 'favorevole';
  const counts = Object.fromEntries(keysOf(VOTO_LABEL).map((x) => [x, presenti.filter((p) => votoOf(p.comuneId) === x).length])) as Record<Voto, number>;
  const prefix = `voto-${punto.id}`;

  const submit = form.handleSubmit(
    (values) =>
      invoke('votazioni.save', {
        puntoId: punto.id,
        modalita,
        ora: timeToIso(values.ora),
        voti: modalita === 'palese' ? presenti.map((p) => ({ comuneId: p.comuneId, voto: votoOf(p.comuneId) })) : [],
        conteggi:
          modalita === 'segreta'
            ? {
                favorevoli: wholeNumber(values['conteggi.favorevoli']),
                contrari: wholeNumber(values['conteggi.contrari']),
                astenuti: wholeNumber(values['conteggi.astenuti']),
              }
            : null,
      }),
    'Votazione registrata.',
    onSaved,
  );

  return (
    <Form
      form={form}
      className="votazione-form"
      aria-label={`Votazione del punto ${punto.posizione}`}
      onSubmit={submit}
      onEscape={onCancel}
    >
      <div className="row">
        <FormField {...form.bind('modalita')} label="Modalità di voto" options={MODALITA_OPTIONS} className="col-md-6" />
        <FormField
          {...form.bind('ora')}
          label="Ora della votazione"
          hint="Facoltativa (hh:mm): conta chi è in aula a quell'ora, secondo ingressi e uscite"
          inputMode="numeric"
          className="col-md-6"
        />
      </div>
      <p className="small" aria-live="polite">
        Presenti al punto: <strong>{presenti.length}</strong> {presenti.length === 1 ? 'comune' : 'comuni'} su {presenze.length}.
      </p>

      {modalita === 'palese' && (
        <PaleseGrid prefix={prefix} presenti={presenti} votoOf={votoOf} counts={counts} setVoti={setVoti} />
      )}
      {modalita === 'segreta' && (
        <fieldset>
          <legend className="h6 form-legend">Esito dello scrutinio segreto</legend>
          <div className="row">
            <FormField {...form.bind('conteggi.favorevoli')} label="Favorevoli" inputMode="numeric" className="col-sm-4" />
            <FormField {...form.bind('conteggi.contrari')} label="Contrari" inputMode="numeric" className="col-sm-4" />
            <FormField {...form.bind('conteggi.astenuti')} label="Astenuti" inputMode="numeric" className="col-sm-4" />
          </div>
        </fieldset>
      )}
      {modalita === 'unanimita' && (
        <p>
          Tutti i comuni presenti al punto ({presenti.length}) sono contati favorevoli; non si registrano voti per comune.
        </p>
      )}

      <FormActions label="Registra votazione" disabled={form.pending} onCancel={onCancel} />
    </Form>
  );
}

interface PaleseGridProps {
  prefix: string;
  presenti: Presenza[];
  votoOf: (comuneId: number) => Voto;
  counts: Record<Voto, number>;
  setVoti: (update: (voti: Record<number, Voto>) => Record<number, Voto>) => void;
}

/** Named vote: one row per comune present at the item, favorevole unless changed. */
function PaleseGrid({ prefix, presenti, votoOf, counts, setVoti }: PaleseGridProps) {
  const [announce, setAnnounce] = useState('');
  useEffect(() => setAnnounce(''), [presenti.length]);

  if (presenti.length === 0) {
    return <p className="alert alert-warning">Nessun comune presente al punto: registrare prima le presenze.</p>;
  }
  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-2">
        <button
          type="button"
          className="btn btn-outline-success btn-sm"
          onClick={() => {
            setVoti(() => ({}));
            setAnnounce('Tutti i presenti segnati favorevoli.');
          }}
        >
          Tutti favorevoli
        </button>
        <p className="mb-0 vote-counts" aria-live="polite">
          Favorevoli <strong>{counts.favorevole}</strong> · Contrari <strong>{counts.contrario}</strong> · Astenuti{' '}
          <strong>{counts.astenuto}</strong> · Non votanti <strong>{counts.non_votante}</strong>
          <span className="visually-hidden"> {announce}</span>
        </p>
      </div>
      <p className="small text-muted">
        Da tastiera: <kbd>F</kbd> favorevole, <kbd>C</kbd> contrario, <kbd>A</kbd> astenuto, <kbd>N</kbd> non votante;{' '}
        <kbd>↑</kbd> <kbd>↓</kbd> comune precedente o successivo.
      </p>
      <DataTable
        className="table-sm align-middle voti-grid"
        columns={['Comune', 'Voto']}
        aria-label="Voti per comune"
        onKeyDown={(e) => void moveBetweenRows(e)}
      >
        {presenti.map((p, index) => (
          <tr key={p.comuneId} data-row={index}>
            <th scope="row">{p.comune}</th>
            <td data-col="voto">
              <RadioSegments
                name={`${prefix}-${p.comuneId}`}
                label={`Voto di ${p.comune}`}
                value={votoOf(p.comuneId)}
                options={VOTO_OPTIONS}
                onChange={(voto) => setVoti((current) => ({ ...current, [p.comuneId]: voto }))}
              />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
