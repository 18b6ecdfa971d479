import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { isPresentStato } from '../../../../shared/domain/presence';
import type { ModalitaPresenza, Presenza, PresenzaStato, SedutaDetail } from '../../../../shared/domain/seduta';
import type { AppError, Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { formatInteger } from '../../format';
import { ComuneBadges } from '../ComuneBadges';
import { DataTable } from '../DataTable';
import { StatusAlert } from '../StatusAlert';
import { timeToIso } from './inputs';
import { Missing, MODALITA_PRESENZA_LABEL, PRESENZA_LABEL } from './labels';
import { QuorumSummary } from './QuorumSummary';
import { moveBetweenRows, RadioSegments, type SegmentOption } from './RadioSegments';

const STATO_OPTIONS: readonly SegmentOption<PresenzaStato>[] = [
  { value: 'sindaco', label: 'Sindaco', key: 's', tone: 'success' },
  { value: 'delegato', label: 'Delegato', key: 'd', tone: 'success' },
  { value: 'assente', label: 'Assente', key: 'a', tone: 'secondary' },
  { value: 'assente_giustificato', label: 'Assente giustificato', shortLabel: 'Giustificato', key: 'g', tone: 'secondary' },
];

/** The roles a mayor usually delegates: suggestions, any other text is accepted. */
const QUALIFICHE = ['vicesindaco', 'assessore', 'consigliere comunale', 'consigliere delegato'];

/** A row as edited: strings, as in the inputs. */
interface Draft {
  stato: PresenzaStato;
  nominativo: string;
  qualifica: string;
  delegaRif: string;
  modalita: ModalitaPresenza;
  oraIngresso: string;
  oraUscita: string;
}
type TextField = Exclude<keyof Draft, 'stato' | 'modalita'>;
const FIELDS = ['stato', 'nominativo', 'qualifica', 'delegaRif', 'modalita', 'oraIngresso', 'oraUscita'] as const;

const draftOf = (p: Presenza): Draft => ({
  stato: p.stato,
  nominativo: p.nominativo,
  qualifica: p.qualifica,
  delegaRif: p.delegaRif,
  modalita: p.modalita,
  oraIngresso: p.oraIngresso ?? '',
  oraUscita: p.oraUscita ?? '',
});
const sameDraft = (a: Draft, b: Draft) => FIELDS.every((f) => a[f] === b[f]);

/** What the backend will store: trimmed text, "9.30" as "09:30" (anything unreadable as typed, for the backend to refuse). */
const normalized = (d: Draft): Draft => ({
  stato: d.stato,
  nominativo: d.nominativo.trim(),
  qualifica: d.qualifica.trim(),
  delegaRif: d.delegaRif.trim(),
  modalita: d.modalita,
  oraIngresso: timeToIso(d.oraIngresso) ?? '',
  oraUscita: timeToIso(d.oraUscita) ?? '',
});

/** The columns of the grid, editable or read-only. */
const COLUMNS = ['Comune', 'Presenza', 'Nominativo', 'Qualifica', 'Atto di delega', 'Modalità', 'Ingresso', 'Uscita'];

const ABSENT_FIELDS = { nominativo: '', qualifica: '', delegaRif: '', modalita: 'presenza' as const, oraIngresso: '', oraUscita: '' };

type Save = (comuneId: number, draft: Draft) => Promise<Result<SedutaDetail>>;

interface PresenzeGridProps {
  detail: SedutaDetail;
  editable: boolean;
  onChange: (detail: SedutaDetail) => void;
}

/** Tab "Presenze": the live numero legale and the grid of the member comuni (editable) or the record (read-only). */
export function PresenzeGrid({ detail, editable, onChange }: PresenzeGridProps) {
  const { seduta, presenze, quorum } = detail;

  if (seduta.storica) {
    return <p className="mt-2">Seduta storica: presenze e votazioni non digitalizzate.</p>;
  }
  return (
    <>
      <h2 className="h4" id="presenze-title">
        Presenze
      </h2>
      <QuorumSummary quorum={quorum} />
      {editable ? (
        <EditableGrid sedutaId={seduta.id} presenze={presenze} onChange={onChange} />
      ) : (
        <>
          <p className="readonly-note">
            {seduta.stato === 'chiusa'
              ? 'Seduta chiusa: le presenze sono in sola lettura. Per correggerle occorre riaprire la seduta.'
              : 'Seduta annullata: le presenze sono in sola lettura.'}
          </p>
          <ReadOnlyGrid presenze={presenze} />
        </>
      )}
    </>
  );
}

function EditableGrid({ sedutaId, presenze, onChange }: { sedutaId: number; presenze: Presenza[]; onChange: (d: SedutaDetail) => void }) {
  // One request at a time, in order: the last answer holds every change (rows may be changed faster than the backend answers).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [generation, setGeneration] = useState(0);
  const bulk = useBulk();

  const queued = useCallback(
    (run: () => Promise<Result<SedutaDetail>>) => {
      const request = queue.current.then(run);
      queue.current = request.catch(() => undefined);
      return request.then((result) => {
        if (result.ok) onChange(result.value);
        return result;
      });
    },
    [onChange],
  );

  const save: Save = useCallback(
    (comuneId, d) =>
      queued(() =>
        invoke('presenze.set', {
          sedutaId,
          comuneId,
          stato: d.stato,
          nominativo: d.nominativo,
          qualifica: d.stato === 'delegato' ? d.qualifica : '',
          delegaRif: d.delegaRif,
          modalita: d.modalita,
          oraIngresso: timeToIso(d.oraIngresso),
          oraUscita: timeToIso(d.oraUscita),
        }),
      ),
    [sedutaId, queued],
  );

  // The whole grid in one call, one transaction; unsaved edits in the rows give way to the result.
  const wholeGrid = async (channel: 'sedute.tuttiPresenti' | 'sedute.azzeraPresenze', done: string) => {
    await bulk.run([() => queued(() => invoke(channel, { sedutaId }))], done);
    setGeneration((g) => g + 1);
  };

  // The absent comuni sit with their Sindaco; those already present keep their record.
  const allPresent = () => {
    const absent = presenze.filter((p) => !isPresentStato(p.stato)).length;
    return wholeGrid('sedute.tuttiPresenti', `${absent === 1 ? 'Segnato presente 1 comune' : `Segnati presenti ${absent} comuni`} con il Sindaco.`);
  };

  const reset = () => {
    if (!window.confirm('Azzerare le presenze? Tutti i comuni saranno segnati assenti; nominativi, deleghe e orari saranno cancellati.')) return;
    void wholeGrid('sedute.azzeraPresenze', 'Presenze azzerate: tutti i comuni risultano assenti.');
  };

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 my-3">
        <button type="button" className="btn btn-outline-primary btn-sm" disabled={bulk.pending} onClick={() => void allPresent()}>
          Tutti presenti (Sindaco)
        </button>
        <button type="button" className="btn btn-outline-danger btn-sm" disabled={bulk.pending} onClick={reset}>
          Azzera
        </button>
        {bulk.pending && <span role="status">Registrazione in corso…</span>}
      </div>
      <StatusAlert error={bulk.error} success={bulk.success} />
      <KeyboardHelp />
      <datalist id="qualifiche-delegato">
        {QUALIFICHE.map((q) => (
          <option key={q} value={q} />
        ))}
      </datalist>
      <DataTable
        className="align-middle presenze-grid"
        wrapperClassName="presenze-wrapper"
        columns={COLUMNS}
        aria-labelledby="presenze-title"
        onKeyDown={(e) => void moveBetweenRows(e)}
      >
        {presenze.map((p, index) => (
          <PresenzaRow key={p.comuneId} presenza={p} index={index} generation={generation} save={save} />
        ))}
      </DataTable>
    </>
  );
}

/** Bulk buttons: a list of saves, one summary. */
function useBulk() {
  const [state, setState] = useState<{ pending: boolean; error: AppError | null; success: string | null }>({
    pending: false,
    error: null,
    success: null,
  });
  const run = async (calls: (() => Promise<Result<SedutaDetail>>)[], done: string) => {
    setState({ pending: true, error: null, success: null });
    const results = await Promise.all(calls.map((call) => call()));
    const failed = results.find((r): r is Extract<Result<SedutaDetail>, { ok: false }> => !r.ok);
    setState({ pending: false, error: failed ? failed.error : null, success: failed ? null : done });
  };
  return { ...state, run };
}

function KeyboardHelp() {
  return (
    <div className="keyboard-help small" id="presenze-tastiera">
      <span className="fw-semibold">Da tastiera</span>, nella colonna Presenza: <kbd>S</kbd> Sindaco, <kbd>D</kbd> Delegato,{' '}
      <kbd>A</kbd> Assente, <kbd>G</kbd> Assente giustificato; <kbd>←</kbd> <kbd>→</kbd> cambiano la scelta. In tutte le colonne{' '}
      <kbd>↑</kbd> <kbd>↓</kbd> passano al comune precedente o successivo. Ogni scelta si registra subito; nominativo, qualifica,
      delega e orari si registrano con <kbd>Invio</kbd> o lasciando la riga; <kbd>Esc</kbd> annulla le modifiche non registrate della riga.
    </div>
  );
}

interface PresenzaRowProps {
  presenza: Presenza;
  index: number;
  /** Changes when a bulk action has rewritten the rows: local edits are dropped. */
  generation: number;
  save: Save;
}

function PresenzaRow({ presenza: p, index, generation, save }: PresenzaRowProps) {
  const server = draftOf(p);
  const serverKey = FIELDS.map((f) => server[f]).join('\u0000');
  const [draft, setDraft] = useState<Draft>(server);
  const [status, setStatus] = useState<{ pending: boolean; error: AppError | null }>({ pending: false, error: null });
  const base = useRef<Draft>(server); // the stored values the draft started from
  const sent = useRef<Draft | null>(null); // the values of the request in flight
  const focusName = useRef(false);
  const nameRef = useRef<HTMLInputElement>(null);

  // New stored values: take them, except for the fields the user changed meanwhile.
  useEffect(() => {
    const stored = draftOf(p);
    const previous = base.current;
    base.current = stored;
    setDraft((current) => {
      const next = { ...stored };
      for (const f of FIELDS) if (current[f] !== previous[f]) (next as Record<string, string>)[f] = current[f];
      return next;
    });
  }, [serverKey]); // keyed on the stored values, not on the object's identity

  // After a bulk action the rows show exactly what is stored.
  const firstGeneration = useRef(generation);
  useEffect(() => {
    if (generation === firstGeneration.current) return;
    setDraft(draftOf(p));
    base.current = draftOf(p);
    setStatus({ pending: false, error: null });
  }, [generation]); // only when the generation changes

  useEffect(() => {
    if (!focusName.current) return;
    focusName.current = false;
    nameRef.current?.focus();
  });

  const send = async (d: Draft) => {
    const clean = normalized(d);
    setDraft(clean);
    sent.current = clean;
    setStatus({ pending: true, error: null });
    const result = await save(p.comuneId, clean);
    if (sent.current !== clean) return; // a newer request for this row will report
    sent.current = null;
    setStatus({ pending: false, error: result.ok ? null : result.error });
  };

  /** Saves the draft if it differs from what is stored or being stored. */
  const commit = (d: Draft = draft) => {
    if (!sameDraft(normalized(d), sent.current ?? base.current)) void send(d);
    else setDraft(d);
  };

  const chooseStato = (stato: PresenzaStato, via: 'key' | 'other') => {
    const next: Draft =
      stato === 'sindaco'
        ? { ...draft, stato, nominativo: p.sindacoAttuale || (draft.stato === 'sindaco' ? draft.nominativo : ''), qualifica: '', delegaRif: '' }
        : stato === 'delegato'
          ? { ...draft, stato, nominativo: draft.stato === 'delegato' ? draft.nominativo : '' }
          : { ...ABSENT_FIELDS, stato };
    // A delegate needs a name, a role and the act of delegation: the row is saved once they are typed.
    if (stato === 'delegato' && (!next.nominativo.trim() || !next.qualifica.trim() || !next.delegaRif.trim())) {
      setDraft(next);
      setStatus({ pending: false, error: null });
      if (via === 'key') focusName.current = true;
      return;
    }
    commit(next);
  };

  const onBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) commit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    const isText = (event.target as HTMLElement).matches('input[type="text"]');
    if (event.key === 'Enter' && isText) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      sent.current = null;
      setDraft(base.current);
      setStatus({ pending: false, error: null });
      // The field may disappear with the change: focus goes to the row's choice.
      const row = event.currentTarget;
      requestAnimationFrame(() => row.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus());
    }
  };

  const fieldErrors = status.error?.fields ?? {};
  const rowMessage = status.error && !FIELDS.some((f) => fieldErrors[f]) ? status.error.message : null;
  const present = isPresentStato(draft.stato);
  const dirty = !sameDraft(normalized(draft), base.current);

  const text = (field: TextField, label: string, props: { placeholder?: string; size?: number; numeric?: boolean; list?: string } = {}) => {
    const error = fieldErrors[field];
    const errorId = `presenza-${p.comuneId}-${field}-error`;
    return (
      <>
        <input
          ref={field === 'nominativo' ? nameRef : undefined}
          type="text"
          className={`form-control form-control-sm${error ? ' is-invalid' : ''}`}
          aria-label={`${label} – ${p.comune}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={draft[field]}
          placeholder={props.placeholder}
          size={props.size}
          inputMode={props.numeric ? 'numeric' : undefined}
          list={props.list}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
        />
        {error && (
          <div id={errorId} className="invalid-feedback d-block">
            {error}
          </div>
        )}
      </>
    );
  };

  return (
    <tr
      data-row={index}
      className={`${present ? 'is-present' : 'is-absent'}${status.error ? ' has-error' : ''}`}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <th scope="row" className="comune-cell">
        <span className="d-block">
          {p.comune}
          <ComuneBadges comune={p} />
        </span>
        <span className="small text-muted fw-normal">{formatInteger(p.popolazioneResidente)} ab.</span>
        <RowStatus pending={status.pending} dirty={dirty} message={rowMessage} error={!!status.error} />
      </th>
      <td data-col="stato">
        <RadioSegments
          name={`presenza-${p.comuneId}`}
          label={`Presenza di ${p.comune}`}
          value={draft.stato}
          options={STATO_OPTIONS}
          onChange={chooseStato}
        />
      </td>
      <td data-col="nominativo" className="nominativo-cell">
        {present && text('nominativo', 'Nominativo', { placeholder: draft.stato === 'sindaco' ? 'Nome del sindaco' : 'Nome del delegato' })}
      </td>
      <td data-col="qualifica" className="qualifica-cell">
        {draft.stato === 'delegato' && text('qualifica', 'Qualifica', { placeholder: 'es. vicesindaco', list: 'qualifiche-delegato' })}
      </td>
      <td data-col="delega" className="delega-cell">
        {draft.stato === 'delegato' && text('delegaRif', 'Atto di delega', { placeholder: 'es. decreto n. 5 del 02/03/2026' })}
      </td>
      <td data-col="modalita" className="modalita-cell">
        {present && (
          <div className="form-check mb-0">
            <input
              type="checkbox"
              className="form-check-input"
              id={`presenza-${p.comuneId}-remoto`}
              checked={draft.modalita === 'videoconferenza'}
              aria-label={`In videoconferenza – ${p.comune}`}
              onChange={(e) => commit({ ...draft, modalita: e.target.checked ? 'videoconferenza' : 'presenza' })}
            />
            <label className="form-check-label small" htmlFor={`presenza-${p.comuneId}-remoto`} aria-hidden="true">
              Videoconferenza
            </label>
          </div>
        )}
      </td>
      <td data-col="ingresso" className="ora-cell">
        {present && text('oraIngresso', 'Ora di ingresso', { placeholder: 'hh:mm', size: 5, numeric: true })}
      </td>
      <td data-col="uscita" className="ora-cell">
        {present && text('oraUscita', 'Ora di uscita', { placeholder: 'hh:mm', size: 5, numeric: true })}
      </td>
    </tr>
  );
}

/** Under the comune's name: saving, not yet saved, or the backend's message for the row. */
function RowStatus({ pending, dirty, message, error }: { pending: boolean; dirty: boolean; message: string | null; error: boolean }) {
  if (pending) return <span className="row-status d-block small">Registrazione…</span>;
  if (message) return <span className="row-status d-block small text-danger">{message}</span>;
  if (error) return <span className="row-status d-block small text-danger">Non registrato: correggere i campi</span>;
  if (dirty) return <span className="row-status d-block small text-warning-emphasis">Da completare</span>;
  return null;
}

function ReadOnlyGrid({ presenze }: { presenze: Presenza[] }) {
  return (
    <DataTable className="align-middle presenze-grid is-readonly" columns={COLUMNS} aria-labelledby="presenze-title">
      {presenze.map((p) => (
        <tr key={p.comuneId} className={isPresentStato(p.stato) ? 'is-present' : 'is-absent'}>
          <th scope="row">
            {p.comune}
            <ComuneBadges comune={p} />
          </th>
          <td>{PRESENZA_LABEL[p.stato]}</td>
          <td>{p.nominativo || (isPresentStato(p.stato) ? <Missing /> : null)}</td>
          <td>{p.qualifica}</td>
          <td>{p.delegaRif}</td>
          <td>{isPresentStato(p.stato) ? MODALITA_PRESENZA_LABEL[p.modalita] : null}</td>
          <td>{p.oraIngresso}</td>
          <td>{p.oraUscita}</td>
        </tr>
      ))}
    </DataTable>
  );
}
