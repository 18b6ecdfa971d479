import { useEffect, useRef, type ReactNode } from 'react';
import type { RigaPresenza, Sezione, VerbaleDetail } from '../../../../shared/domain/verbale';
import { TESTO_SEZIONE_MAX } from '../../../../shared/verbali/limiti';
import { invoke } from '../../api/client';
import { useSubmit } from '../../hooks/useSubmit';
import { DataTable } from '../DataTable';
import { FormField } from '../FormField';
import { StatusAlert } from '../StatusAlert';
import { puntoPart, sezioneLabel } from './labels';

/** The verbale's sections as the page shows them: single sections, and each agenda item with its three parts. */
type Block = { kind: 'sezione'; sezione: Sezione } | { kind: 'punto'; puntoId: string; numero: number; sezioni: Sezione[] };

function blocksOf(sezioni: readonly Sezione[]): Block[] {
  const blocks: Block[] = [];
  const punti = new Map<string, Extract<Block, { kind: 'punto' }>>();
  for (const sezione of sezioni) {
    const part = puntoPart(sezione.chiave);
    if (!part) {
      blocks.push({ kind: 'sezione', sezione });
      continue;
    }
    let block = punti.get(part.puntoId);
    if (!block) {
      block = { kind: 'punto', puntoId: part.puntoId, numero: punti.size + 1, sezioni: [] };
      punti.set(part.puntoId, block);
      blocks.push(block);
    }
    block.sezioni.push(sezione);
  }
  return blocks;
}

/** A draft is saved this long after the last keystroke (and at once on leaving the field or with Ctrl+S). */
const AUTOSAVE_MS = 2000;

/**
 * While a typed text is not yet saved, closing or reloading the page asks first (in the browser preview). Not in
 * Electron: there a beforeunload veto cancels closing the window without asking, and the autosave covers it.
 */
function useWarnBeforeLeaving(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved || window.conferenza) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}

/** Rows enough to show a text without scrolling, within limits. */
function rowsFor(text: string, min = 3, max = 18): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 95)), 0);
  return Math.min(max, Math.max(min, lines + 1));
}

/** A visually hidden tail that makes repeated labels ("Votazione") unique for screen readers and tests. */
const hiddenTail = (text: string): ReactNode => <span className="visually-hidden">{` – ${text}`}</span>;

export interface SezioniProps {
  detail: VerbaleDetail;
  /** Texts typed and not yet saved, by section key: kept by the page so that no typed text is lost. */
  drafts: Readonly<Record<string, string>>;
  onDraft: (chiave: string, testo: string | null) => void;
  /** A section saved: the verbale as the backend now has it, and the text that was sent. */
  onSaved: (detail: VerbaleDetail, chiave: string, testo: string) => void;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
}

/** "Testo del verbale": editable section by section in bozza, read-only text otherwise; the presence table always read-only. */
export function Sezioni(props: SezioniProps) {
  const { detail, drafts } = props;
  const editable = detail.stato === 'bozza';
  useWarnBeforeLeaving(editable && Object.keys(drafts).length > 0);
  return (
    <div className="verbale-sezioni">
      {blocksOf(detail.sezioni).map((block) =>
        block.kind === 'sezione' ? (
          <SezioneBlock key={block.sezione.chiave} {...props} sezione={block.sezione} editable={editable} level={3} />
        ) : (
          <section key={block.puntoId} className="verbale-punto" aria-label={`Punto n. ${block.numero}`}>
            {block.sezioni.map((sezione) => (
              <SezioneBlock
                key={sezione.chiave}
                {...props}
                sezione={sezione}
                editable={editable}
                level={puntoPart(sezione.chiave)?.part === 'discussione' ? 3 : 4}
                tail={puntoPart(sezione.chiave)?.part === 'discussione' ? undefined : `punto n. ${block.numero}`}
              />
            ))}
          </section>
        ),
      )}
    </div>
  );
}

interface SezioneBlockProps extends SezioniProps {
  sezione: Sezione;
  editable: boolean;
  level: 3 | 4;
  tail?: string;
}

function Heading({ level, children, className = '' }: { level: 3 | 4; children: ReactNode; className?: string }) {
  const Tag = level === 3 ? 'h3' : 'h4';
  return <Tag className={`verbale-sezione-title ${level === 3 ? 'h5' : 'h6'} ${className}`.trim()}>{children}</Tag>;
}

function ModificataBadge({ sezione }: { sezione: Sezione }) {
  if (!sezione.modificata) return null;
  return (
    <span className="badge bg-light text-dark border ms-2 fw-normal verbale-modificato" title="Testo modificato rispetto a quello generato dalla seduta">
      modificato
    </span>
  );
}

function SezioneBlock(props: SezioneBlockProps) {
  const { sezione, editable, level, tail } = props;
  const label = sezioneLabel(sezione);

  if (sezione.tipo === 'presenze') {
    return (
      <div className="verbale-sezione">
        <Heading level={level}>{label}</Heading>
        <PresenzeTable righe={sezione.presenze ?? []} />
      </div>
    );
  }
  if (editable) return <SezioneEditor {...props} label={label} />;
  return (
    <div className="verbale-sezione">
      <Heading level={level}>
        {label}
        {tail && hiddenTail(tail)}
        <ModificataBadge sezione={sezione} />
      </Heading>
      {sezione.testo.trim() ? (
        <p className="verbale-testo">{sezione.testo}</p>
      ) : (
        <p className="text-muted fst-italic">Nessun testo.</p>
      )}
    </div>
  );
}

function SezioneEditor({ detail, sezione, drafts, onDraft, onSaved, serial, level, tail, label }: SezioneBlockProps & { label: string }) {
  const { submit, pending, error, success, clearSuccess } = useSubmit();
  const value = drafts[sezione.chiave] ?? sezione.testo;
  const dirty = value !== sezione.testo;
  /** The text on its way to the backend: a blur followed by a click on «Salva» sends it once. */
  const sending = useRef<string | null>(null);

  const save = () => {
    const typed = value;
    if (typed === sezione.testo || typed === sending.current) return;
    sending.current = typed;
    void serial(async () => {
      const result = await submit(
        () => invoke('verbali.updateSezione', { id: detail.id, chiave: sezione.chiave, testo: typed }),
        'Modifica salvata.',
      );
      sending.current = null;
      if (result?.ok) onSaved(result.value, sezione.chiave, typed);
    });
  };

  const tooLong = value.length > TESTO_SEZIONE_MAX;
  // Typing pauses: the draft is saved, so a reload or a crash loses at most the last seconds.
  const saveLater = useRef(save);
  saveLater.current = save;
  useEffect(() => {
    if (!dirty || tooLong) return;
    const timer = setTimeout(() => saveLater.current(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [value, dirty, tooLong]);

  const fieldError = error?.fields?.testo;
  const status = pending ? 'Salvataggio in corso…' : dirty ? 'Modifiche non salvate' : success ? 'Salvato' : '';

  return (
    <div className={`verbale-sezione is-editable${dirty ? ' is-dirty' : ''}`}>
      <FormField
        name={sezione.chiave}
        value={value}
        error={fieldError}
        maxLength={TESTO_SEZIONE_MAX}
        label={
          <>
            {label}
            {tail && hiddenTail(tail)}
          </>
        }
        labelWrapper={(l) => (
          <Heading level={level} className="d-flex flex-wrap align-items-center">
            {l}
            <ModificataBadge sezione={sezione} />
          </Heading>
        )}
        rows={rowsFor(value)}
        className="verbale-field"
        onChange={(text) => {
          clearSuccess();
          onDraft(sezione.chiave, text === sezione.testo ? null : text);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
            event.preventDefault();
            save();
          }
        }}
      />
      <div className="d-flex flex-wrap align-items-center gap-2 verbale-sezione-actions">
        <button type="button" className="btn btn-outline-primary btn-xs" disabled={!dirty || pending} onClick={save}>
          Salva{hiddenTail(label + (tail ? ` (${tail})` : ''))}
        </button>
        {dirty && !pending && (
          <button type="button" className="btn btn-link btn-xs" onClick={() => onDraft(sezione.chiave, null)}>
            Annulla le modifiche{hiddenTail(label + (tail ? ` (${tail})` : ''))}
          </button>
        )}
        <span className={`small ${dirty ? 'text-warning-emphasis' : 'text-muted'}`} aria-live="polite">
          {status}
        </span>
      </div>
      <StatusAlert error={fieldError ? null : error} />
    </div>
  );
}

/** The presence table frozen in the verbale (it changes only by regenerating from the seduta); folded, with the counts in view. */
function PresenzeTable({ righe }: { righe: readonly RigaPresenza[] }) {
  const presenti = righe.filter((r) => r.presente).length;
  return (
    <details className="verbale-presenze-details">
      <summary>
        Presenti {presenti} comuni su {righe.length}: mostra la tabella delle presenze
      </summary>
      <p className="small text-muted mt-2 mb-2">
        La tabella riproduce le presenze registrate nella seduta e non si modifica qui: per aggiornarla, correggere le
        presenze della seduta e usare «Rigenera dalla seduta».
      </p>
      <DataTable className="table-sm verbale-presenze" columns={['Comune', 'Nominativo', 'Ruolo', 'Presenza']} aria-label="Presenze">
        {righe.map((r) => (
          <tr key={r.comune} className={r.presente ? undefined : 'is-absent'}>
            <th scope="row" className="fw-normal">
              {r.comune}
            </th>
            <td>{r.nominativo}</td>
            <td>{r.presente ? r.ruolo : ''}</td>
            <td>{r.presente ? 'Presente' : r.ruolo || 'Assente'}</td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
