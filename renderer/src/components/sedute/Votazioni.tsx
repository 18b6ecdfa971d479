import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { countedAt, isRemote } from '../../../../shared/domain/presence';
import type { ModalitaVoto, Presenza, Punto, SedutaDetail, VotazioneTipo, Votazione, Voto } from '../../../../shared/domain/seduta';
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
const TIPO_OPTIONS: { value: VotazioneTipo; label: string }[] = [
  { value: 'proposta', label: 'Su una proposta (favorevoli, contrari, astenuti)' },
  { value: 'elezione', label: 'Elezione / nomina (candidati, a scrutinio segreto)' },
];
/** "Tutti i restanti": the choices offered to fill the comuni still without a vote, with their Shift+letter. */
const RESTANTI: readonly Voto[] = ['favorevole', 'contrario', 'astenuto'];

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
          remoteCounts={detail.regole?.regole.remotePresenceCounts ?? false}
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
  const schede = esito && v.modalita === 'segreta' ? `, schede bianche ${esito.bianche}, schede nulle ${esito.nulle}` : '';
  const counts =
    esito &&
    (v.tipo === 'elezione'
      ? `${v.candidati.map((c) => `${c.nome} ${c.voti}`).join(', ')}${schede} su ${esito.presenti} presenti al punto`
      : `favorevoli ${esito.favorevoli}, contrari ${esito.contrari}, astenuti ${esito.astenuti}${schede} su ${esito.presenti} presenti al punto`);
  const detailLine = [v.tipo === 'elezione' ? 'elezione a scrutinio segreto' : MODALITA_PHRASE[v.modalita], v.ora ? `alle ore ${v.ora}` : null, counts].filter(Boolean);

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
  /** The rules in force count comuni connected by videoconference. */
  remoteCounts: boolean;
  onCancel: () => void;
  onSaved: (detail: SedutaDetail) => void;
}

const countText = (n: number | undefined) => (n === undefined ? '' : String(n));

const initialValues = (v: Votazione | null) => ({
  tipo: v?.tipo ?? 'proposta',
  modalita: v?.modalita ?? 'palese',
  ora: v?.ora ?? '',
  'conteggi.favorevoli': countText(v?.conteggi?.favorevoli),
  'conteggi.contrari': countText(v?.conteggi?.contrari),
  'conteggi.astenuti': countText(v?.conteggi?.astenuti),
  'conteggi.bianche': v?.conteggi ? String(v.conteggi.bianche) : '0',
  'conteggi.nulle': v?.conteggi ? String(v.conteggi.nulle) : '0',
});

interface CandidatoDraft {
  key: number;
  nome: string;
  voti: string;
}

function VotazioneForm({ punto, presenze, remoteCounts, onCancel, onSaved }: VotazioneFormProps) {
  const form = useForm(initialValues(punto.votazione));
  useEffect(() => form.formRef.current?.querySelector('select')?.focus(), [form.formRef]);
  const [voti, setVoti] = useState<Record<number, Voto>>(() =>
    Object.fromEntries((punto.votazione?.voti ?? []).map((x) => [x.comuneId, x.voto])),
  );
  const [candidati, setCandidati] = useState<CandidatoDraft[]>(() =>
    (punto.votazione?.candidati.length ? punto.votazione.candidati : [{ nome: '', voti: 0 }]).map((c, key) => ({
      key,
      nome: c.nome,
      voti: punto.votazione?.candidati.length ? String(c.voti) : '',
    })),
  );
  const tipo = form.values.tipo as VotazioneTipo;
  // An election is always a secret ballot.
  const modalita = tipo === 'elezione' ? 'segreta' : (form.values.modalita as ModalitaVoto);
  // Who counts at the vote's time (everyone counted at the seduta while the time is empty or incomplete).
  const presenti = presenze.filter((p) => countedAt(p, readableTime(form.values.ora), { remotePresenceCounts: remoteCounts }));
  const votoOf = (comuneId: number): Voto | undefined => voti[comuneId];
  const counts = Object.fromEntries(keysOf(VOTO_LABEL).map((x) => [x, presenti.filter((p) => votoOf(p.comuneId) === x).length])) as Record<Voto, number>;
  const prefix = `voto-${punto.id}`;

  const submit = form.handleSubmit(
    (values) =>
      invoke('votazioni.save', {
        puntoId: punto.id,
        tipo,
        modalita,
        ora: timeToIso(values.ora),
        voti:
          modalita === 'palese'
            ? presenti.flatMap((p) => {
                const voto = votoOf(p.comuneId);
                return voto ? [{ comuneId: p.comuneId, voto }] : [];
              })
            : [],
        conteggi:
          modalita === 'segreta'
            ? {
                favorevoli: tipo === 'elezione' ? 0 : wholeNumber(values['conteggi.favorevoli']),
                contrari: tipo === 'elezione' ? 0 : wholeNumber(values['conteggi.contrari']),
                astenuti: wholeNumber(values['conteggi.astenuti'] || '0'),
                bianche: wholeNumber(values['conteggi.bianche']),
                nulle: wholeNumber(values['conteggi.nulle']),
              }
            : null,
        candidati: tipo === 'elezione' ? candidati.map((c) => ({ nome: c.nome, voti: wholeNumber(c.voti) })) : [],
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
        <FormField {...form.bind('tipo')} label="Tipo di votazione" options={TIPO_OPTIONS} className="col-md-12" />
        {tipo === 'proposta' && <FormField {...form.bind('modalita')} label="Modalità di voto" options={MODALITA_OPTIONS} className="col-md-6" />}
        <FormField
          {...form.bind('ora')}
          label="Ora della votazione"
          hint="Facoltativa (hh:mm): conta chi è in aula a quell'ora, secondo ingressi e uscite"
          inputMode="numeric"
          className="col-md-6"
        />
      </div>
      <p className="small" aria-live="polite">
        Presenti al punto: <strong>{presenti.length}</strong> {presenti.length === 1 ? 'comune' : 'comuni'} su {presenze.length}
        {!remoteCounts && presenze.some(isRemote)
          ? ' (i collegati in videoconferenza non sono computati secondo le regole in vigore)'
          : ''}
        .
      </p>

      {modalita === 'palese' && (
        <PaleseGrid prefix={prefix} presenti={presenti} votoOf={votoOf} counts={counts} setVoti={setVoti} />
      )}
      {modalita === 'segreta' && tipo === 'proposta' && (
        <fieldset>
          <legend className="h6 form-legend">Esito dello scrutinio segreto</legend>
          <div className="row">
            <FormField {...form.bind('conteggi.favorevoli')} label="Favorevoli" inputMode="numeric" className="col-sm-4" />
            <FormField {...form.bind('conteggi.contrari')} label="Contrari" inputMode="numeric" className="col-sm-4" />
            <FormField {...form.bind('conteggi.astenuti')} label="Astenuti" inputMode="numeric" className="col-sm-4" />
            <FormField {...form.bind('conteggi.bianche')} label="Schede bianche" inputMode="numeric" className="col-sm-4" />
            <FormField {...form.bind('conteggi.nulle')} label="Schede nulle" inputMode="numeric" className="col-sm-4" />
          </div>
          <p className="small text-muted mb-0">Il totale di voti e schede non può superare i comuni presenti al punto.</p>
        </fieldset>
      )}
      {tipo === 'elezione' && (
        <CandidatiFields candidati={candidati} setCandidati={setCandidati} bind={form.bind} />
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

interface CandidatiFieldsProps {
  candidati: CandidatoDraft[];
  setCandidati: (update: (list: CandidatoDraft[]) => CandidatoDraft[]) => void;
  bind: ReturnType<typeof useForm<ReturnType<typeof initialValues>>>['bind'];
}

/** Election: one row per candidate (name, votes received), then schede bianche and nulle. */
function CandidatiFields({ candidati, setCandidati, bind }: CandidatiFieldsProps) {
  const change = (key: number, field: 'nome' | 'voti', value: string) =>
    setCandidati((list) => list.map((c) => (c.key === key ? { ...c, [field]: value } : c)));
  return (
    <fieldset>
      <legend className="h6 form-legend">Scrutinio: voti per candidato</legend>
      {candidati.map((c, i) => (
        <div className="row align-items-end candidato-row" key={c.key}>
          <div className="col-sm-6 form-group">
            <label className="active" htmlFor={`candidato-${c.key}-nome`}>{`Candidato ${i + 1}`}</label>
            <input id={`candidato-${c.key}-nome`} type="text" className="form-control" value={c.nome} autoComplete="off" onChange={(e) => change(c.key, 'nome', e.target.value)} />
          </div>
          <div className="col-sm-3 form-group">
            <label className="active" htmlFor={`candidato-${c.key}-voti`}>{`Voti del candidato ${i + 1}`}</label>
            <input id={`candidato-${c.key}-voti`} type="text" inputMode="numeric" className="form-control" value={c.voti} onChange={(e) => change(c.key, 'voti', e.target.value)} />
          </div>
          <div className="col-sm-3 form-group">
            {candidati.length > 1 && (
              <button
                type="button"
                className="btn btn-outline-danger btn-sm"
                aria-label={`Togli il candidato ${i + 1}`}
                onClick={() => setCandidati((list) => list.filter((x) => x.key !== c.key))}
              >
                Togli
              </button>
            )}
          </div>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-3"
        onClick={() => setCandidati((list) => [...list, { key: Math.max(0, ...list.map((x) => x.key)) + 1, nome: '', voti: '' }])}
      >
        Aggiungi candidato
      </button>
      <div className="row">
        <FormField {...bind('conteggi.bianche')} label="Schede bianche" inputMode="numeric" className="col-sm-4" />
        <FormField {...bind('conteggi.nulle')} label="Schede nulle" inputMode="numeric" className="col-sm-4" />
        <FormField {...bind('conteggi.astenuti')} label="Astenuti (senza scheda)" inputMode="numeric" className="col-sm-4" />
      </div>
      <p className="small text-muted mb-0">
        È eletto il candidato con più voti; in caso di parità nessuno è eletto e occorre il ballottaggio.
      </p>
    </fieldset>
  );
}

interface PaleseGridProps {
  prefix: string;
  presenti: Presenza[];
  votoOf: (comuneId: number) => Voto | undefined;
  counts: Record<Voto, number>;
  setVoti: (update: (voti: Record<number, Voto>) => Record<number, Voto>) => void;
}

/** Named vote: one row per comune present at the item, empty until its vote is given; the rest can be filled at once. */
function PaleseGrid({ prefix, presenti, votoOf, counts, setVoti }: PaleseGridProps) {
  const [announce, setAnnounce] = useState('');
  useEffect(() => setAnnounce(''), [presenti.length]);

  if (presenti.length === 0) {
    return <p className="alert alert-warning">Nessun comune presente al punto: registrare prima le presenze.</p>;
  }
  const missing = presenti.filter((p) => !votoOf(p.comuneId)).length;
  const fillRemaining = (voto: Voto) => {
    setVoti((current) => ({ ...Object.fromEntries(presenti.map((p) => [p.comuneId, voto])), ...current }));
    setAnnounce(
      missing === 0 ? 'Tutti i comuni hanno già un voto.' : `${missing === 1 ? '1 comune segnato' : `${missing} comuni segnati`} ${VOTO_LABEL[voto].toLowerCase()}.`,
    );
  };
  const onGridKey = (e: KeyboardEvent<HTMLElement>) => {
    if (moveBetweenRows(e)) return;
    // Shift + F / C / A: the comuni without a vote take that vote.
    const voto = e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey ? RESTANTI.find((v) => VOTO_OPTIONS.find((o) => o.value === v)?.key === e.key.toLowerCase()) : undefined;
    if (!voto) return;
    e.preventDefault();
    fillRemaining(voto);
  };
  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2" role="group" aria-label="Tutti i restanti">
        <span className="small fw-semibold">Tutti i restanti:</span>
        {RESTANTI.map((voto) => (
          <button
            key={voto}
            type="button"
            className={`btn btn-outline-${VOTO_OPTIONS.find((o) => o.value === voto)?.tone ?? 'primary'} btn-sm`}
            aria-label={`Tutti i restanti: ${VOTO_LABEL[voto]}`}
            onClick={() => fillRemaining(voto)}
          >
            {VOTO_LABEL[voto]}
          </button>
        ))}
      </div>
      <p className="mb-1 vote-counts" aria-live="polite">
        Favorevoli <strong>{counts.favorevole}</strong> · Contrari <strong>{counts.contrario}</strong> · Astenuti{' '}
        <strong>{counts.astenuto}</strong> · Non votanti <strong>{counts.non_votante}</strong> · Senza voto <strong>{missing}</strong>
        <span className="visually-hidden"> {announce}</span>
      </p>
      <p className="small text-muted">
        Da tastiera: <kbd>F</kbd> favorevole, <kbd>C</kbd> contrario, <kbd>A</kbd> astenuto, <kbd>N</kbd> non votante;{' '}
        <kbd>Maiusc</kbd>+<kbd>F</kbd> / <kbd>C</kbd> / <kbd>A</kbd> assegnano quel voto a tutti i comuni ancora senza voto;{' '}
        <kbd>↑</kbd> <kbd>↓</kbd> comune precedente o successivo.
      </p>
      <DataTable className="table-sm align-middle voti-grid" columns={['Comune', 'Voto']} aria-label="Voti per comune" onKeyDown={onGridKey}>
        {presenti.map((p, index) => (
          <tr key={p.comuneId} data-row={index} className={votoOf(p.comuneId) ? undefined : 'senza-voto'}>
            <th scope="row">
              {p.comune}
              {!votoOf(p.comuneId) && <span className="d-block small text-warning-emphasis">Senza voto</span>}
            </th>
            <td data-col="voto">
              <RadioSegments
                name={`${prefix}-${p.comuneId}`}
                label={`Voto di ${p.comune}`}
                value={votoOf(p.comuneId) ?? null}
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
