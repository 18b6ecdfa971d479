import { useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import { diffTesti } from '../../../../shared/regolamenti/diff';
import { sintesiModifiche } from '../../../../shared/regolamenti/sintesi';
import type { Modifica } from '../../../../shared/regolamenti/types';
import { invoke } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { ApprovazioneFields, approvazioneInput, EMPTY_APPROVAZIONE, useVerbaliApprovazione } from '../../components/regolamenti/ApprovazioneFields';
import { bindArticolo, TestoField } from '../../components/regolamenti/ArticoloFields';
import { articoloTitle, todayIso, versioneMark, type ArticoloVigente, type RegolamentoDetail, type Versione } from '../../components/regolamenti/labels';
import { Segmenti } from '../../components/regolamenti/Testo';
import { dateToIso } from '../../components/sedute/inputs';
import { LoadError, Loading, StatusAlert } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { AttesaList } from './Attesa';
import { useTestoVigente } from './useTestoVigente';

type Azione = 'nessuna' | 'sostituito' | 'abrogato';

interface Change {
  azione: Azione;
  rubrica: string;
  testo: string;
}

interface Inserito {
  key: number;
  numero: string;
  rubrica: string;
  testo: string;
}

/** Which row of the form each amendment sent to the backend came from (to place its error messages). */
type RowRef = { kind: 'articolo'; numero: string } | { kind: 'inserito'; key: number };

const AZIONI = [
  { value: 'nessuna', label: 'Nessuna modifica' },
  { value: 'sostituito', label: 'Nuovo testo (sostituzione)' },
  { value: 'abrogato', label: 'Abrogazione' },
];

const isIsoDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

let nextKey = 1;

interface NuovaVersioneProps {
  detail: RegolamentoDetail;
  organo: Organo;
  onImporta: (v: Versione) => void;
  onCancel: () => void;
  onTestoIntegrale: () => void;
  onSaved: (detail: RegolamentoDetail, vigenteDal: string) => void;
}

/**
 * An amending version: the articles it replaces, inserts or repeals, its date of entry into force
 * and the verbale (and vote) that approved it. The summary line is written by the app.
 */
export function NuovaVersione({ detail, organo, onImporta, onCancel, onTestoIntegrale, onSaved }: NuovaVersioneProps) {
  const form = useForm({ ...EMPTY_APPROVAZIONE });
  const approvazione = useVerbaliApprovazione(organo.id);
  const [changes, setChanges] = useState<Record<string, Change>>({});
  const [inseriti, setInseriti] = useState<Inserito[]>([]);

  // The articles offered are those in force when the amendment takes effect (or, until a date is typed, the latest text).
  const latest = [todayIso(), ...detail.elencoVersioni.map((v) => v.vigenteDal)].sort().at(-1)!;
  const typed = dateToIso(form.values.vigenteDal);
  const baseDate = isIsoDate(typed) ? typed : latest;
  const base = useTestoVigente(detail, baseDate);

  const articoli = base.testo?.inVigore ? base.testo.articoli.filter((a) => !a.abrogato) : [];

  const setAzione = (a: ArticoloVigente, azione: Azione) => {
    setChanges((prev) => ({ ...prev, [a.numero]: { rubrica: a.rubrica, testo: a.testo, ...prev[a.numero], azione } }));
  };
  const patchChange = (numero: string, patch: Partial<Change>) => setChanges((prev) => ({ ...prev, [numero]: { ...prev[numero]!, ...patch } }));
  const patchInserito = (key: number, patch: Partial<Inserito>) => setInseriti((prev) => prev.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  // What goes to the backend, in the order of the text, and where each item came from.
  const rows: { modifica: Modifica; ref: RowRef }[] = [
    ...articoli.flatMap((a): { modifica: Modifica; ref: RowRef }[] => {
      const c = changes[a.numero];
      if (!c || c.azione === 'nessuna') return [];
      const ref: RowRef = { kind: 'articolo', numero: a.numero };
      return c.azione === 'abrogato'
        ? [{ modifica: { tipo: 'abrogato', numero: a.numero }, ref }]
        : [{ modifica: { tipo: 'sostituito', numero: a.numero, rubrica: c.rubrica, testo: c.testo }, ref }];
    }),
    ...inseriti.map((i) => ({ modifica: { tipo: 'inserito', numero: i.numero, rubrica: i.rubrica, testo: i.testo } as Modifica, ref: { kind: 'inserito', key: i.key } as RowRef })),
  ];
  const sintesi = sintesiModifiche(rows.map((r) => r.modifica).filter((m) => m.numero.trim() !== ''));

  /** The backend's messages for one row: "modifiche.2.testo" → { testo: … }. */
  const errorsOf = (ref: RowRef): Record<string, string> => {
    const index = rows.findIndex((r) => (r.ref.kind === 'articolo' && ref.kind === 'articolo' ? r.ref.numero === ref.numero : r.ref.kind === 'inserito' && ref.kind === 'inserito' && r.ref.key === ref.key));
    const prefix = `modifiche.${index}.`;
    return Object.fromEntries(Object.entries(form.error?.fields ?? {}).flatMap(([k, v]) => (index >= 0 && k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
  };

  const save = form.handleSubmit(
    (values) =>
      invoke('regolamenti.aggiungiVersione', {
        regolamentoId: detail.id,
        tipo: 'modifica',
        ...approvazioneInput(values),
        modifiche: rows.map((r) => r.modifica),
      }),
    'Nuova versione registrata.',
    (next) => onSaved(next, dateToIso(form.values.vigenteDal)),
  );

  const inAttesa = detail.elencoVersioni.filter((v) => base.testo?.versioniInAttesa.some((a) => a.id === v.id));

  return (
    <form ref={form.formRef} noValidate onSubmit={save} aria-labelledby="nuova-versione-title" className="nuova-versione">
      <h2 id="nuova-versione-title" className="h4">
        Nuova versione: modifica di articoli
      </h2>
      <p>
        Indicare gli articoli sostituiti, inseriti o abrogati: gli altri restano in vigore così come sono. La sintesi della modifica
        (es. «Modifiche all&apos;art. 6») è scritta dall&apos;applicazione.
      </p>
      <p className="small">
        Il testo è stato riscritto per intero?{' '}
        <button type="button" className="btn btn-link btn-compact p-0 align-baseline" onClick={onTestoIntegrale}>
          Importa un nuovo testo integrale da file
        </button>
      </p>
      <StatusAlert error={form.error} otherErrors={form.otherErrors} success={form.success} />

      <fieldset className="reg-fieldset">
        <legend className="h6 form-legend">Approvazione</legend>
        <ApprovazioneFields bind={form.bind} {...approvazione} />
      </fieldset>

      <fieldset className="reg-fieldset">
        <legend className="h6 form-legend">Articoli</legend>
        {base.error ? (
          <LoadError message={base.error} />
        ) : !base.testo || base.data !== baseDate ? (
          <Loading text="Caricamento del testo in vigore…" />
        ) : !base.testo.inVigore ? (
          <div className="alert alert-warning">
            <p className="mb-2">
              Al {formatDate(baseDate)} non c&apos;è un testo in vigore da modificare{base.testo.motivo ? `: ${base.testo.motivo}` : '.'}
            </p>
            {inAttesa.length > 0 && <AttesaList versioni={inAttesa} onImporta={onImporta} className="mb-0" />}
          </div>
        ) : (
          <>
            <p className="small text-muted">
              Testo in vigore al {formatDate(baseDate)}
              {isIsoDate(typed) ? ' (la data di entrata in vigore indicata)' : ''}.
            </p>
            <ol className="modifiche-list">
              {articoli.map((a) => (
                <ArticoloModifica
                  key={a.numero}
                  articolo={a}
                  change={changes[a.numero]}
                  errors={errorsOf({ kind: 'articolo', numero: a.numero })}
                  onAzione={(azione) => setAzione(a, azione)}
                  onChange={(patch) => patchChange(a.numero, patch)}
                />
              ))}
            </ol>
          </>
        )}

        {inseriti.length > 0 && (
          <ol className="modifiche-list">
            {inseriti.map((i, n) => (
              <ArticoloInserito
                key={i.key}
                inserito={i}
                position={n + 1}
                errors={errorsOf({ kind: 'inserito', key: i.key })}
                onChange={(patch) => patchInserito(i.key, patch)}
                onRemove={() => setInseriti((prev) => prev.filter((x) => x.key !== i.key))}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => setInseriti((prev) => [...prev, { key: nextKey++, numero: '', rubrica: '', testo: '' }])}
        >
          Inserisci un nuovo articolo
        </button>
      </fieldset>

      <p className="sintesi-preview" aria-live="polite">
        <span className="fw-semibold">Sintesi della nuova versione: </span>
        {sintesi ? `«${sintesi}»` : 'nessuna modifica indicata'}
      </p>

      <FormActions label="Registra la nuova versione" disabled={form.pending} onCancel={onCancel} />
    </form>
  );
}

interface ArticoloModificaProps {
  articolo: ArticoloVigente;
  change: Change | undefined;
  errors: Record<string, string>;
  onAzione: (azione: Azione) => void;
  onChange: (patch: Partial<Change>) => void;
}

function ArticoloModifica({ articolo, change, errors, onAzione, onChange }: ArticoloModificaProps) {
  const azione = change?.azione ?? 'nessuna';
  const label = `art. ${articolo.numero}`;
  return (
    <li className={`modifica-row${azione !== 'nessuna' ? ` is-${azione}` : ''}`}>
      <div className="row g-3 align-items-center">
        <div className="col-md-7">
          <p className="fw-semibold mb-0">{articoloTitle(articolo)}</p>
          <p className="articolo-mark mb-0">{versioneMark(articolo.versione)}</p>
        </div>
        <FormField
          name={`azione-${articolo.numero}`}
          label={`Modifica dell'${label}`}
          value={azione}
          onChange={(v) => onAzione(v as Azione)}
          error={undefined}
          options={AZIONI}
          className="col-md-5 mb-0 modifica-azione"
        />
      </div>
      {change && azione === 'sostituito' && <Sostituzione articolo={articolo} change={change} errors={errors} onChange={onChange} />}
      {azione === 'abrogato' && <p className="modifica-note mb-0">L&apos;{label} sarà abrogato dalla data di entrata in vigore.</p>}
    </li>
  );
}

/** The new rubrica and text of a replaced article, and what they change in the text in force. */
function Sostituzione({ articolo, change, errors, onChange }: Omit<ArticoloModificaProps, 'onAzione'> & { change: Change }) {
  const label = `art. ${articolo.numero}`;
  const field = bindArticolo(change, onChange, errors);
  return (
    <div className="modifica-editor">
      <FormField {...field('rubrica', `rubrica-${articolo.numero}`)} label={`Rubrica dell'${label}`} />
      <TestoField
        {...field('testo', `testo-${articolo.numero}`)}
        label={`Nuovo testo dell'${label}`}
        rows={Math.min(16, change.testo.split('\n').length + 2)}
      />
      {(change.testo !== articolo.testo || change.rubrica !== articolo.rubrica) && (
        <div className="modifica-diff">
          <p className="small text-muted mb-1">Differenze rispetto al testo in vigore:</p>
          {change.rubrica !== articolo.rubrica && <Segmenti segmenti={diffTesti(articolo.rubrica, change.rubrica)} className="mb-2 fw-semibold" />}
          <Segmenti segmenti={diffTesti(articolo.testo, change.testo)} />
        </div>
      )}
    </div>
  );
}

interface ArticoloInseritoProps {
  inserito: Inserito;
  position: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<Inserito>) => void;
  onRemove: () => void;
}

function ArticoloInserito({ inserito, position, errors, onChange, onRemove }: ArticoloInseritoProps) {
  const field = bindArticolo(inserito, onChange, errors);
  return (
    <li className="modifica-row is-inserito">
      <fieldset>
        <legend className="fw-semibold fs-6 mb-3">Nuovo articolo {position}</legend>
        <div className="row">
          <FormField
            {...field('numero', `numero-nuovo-${inserito.key}`)}
            label="Numero del nuovo articolo"
            hint="Es. 6-bis: dopo l'art. 6"
            className="col-md-4"
          />
          <FormField {...field('rubrica', `rubrica-nuovo-${inserito.key}`)} label="Rubrica del nuovo articolo" hint="Facoltativa" className="col-md-8" />
        </div>
        <TestoField {...field('testo', `testo-nuovo-${inserito.key}`)} label="Testo del nuovo articolo" rows={5} />
        <button type="button" className="btn btn-outline-danger btn-compact" onClick={onRemove}>
          Togli il nuovo articolo {position}
        </button>
      </fieldset>
    </li>
  );
}
