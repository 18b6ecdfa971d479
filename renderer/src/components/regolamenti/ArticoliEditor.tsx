import { useEffect, useRef, useState } from 'react';
import { FormField } from '../FormField';
import { countIt } from '../../format';
import { draftHints, mergeIntoPrevious, splitAt, type DraftArticolo } from './importDraft';
import { articoloTitle } from './labels';
import { bindArticolo, TestoField } from './ArticoloFields';

interface ArticoliEditorProps {
  articoli: DraftArticolo[];
  onChange: (articoli: DraftArticolo[]) => void;
  /** The backend's messages, keyed as it sends them: "articoli.3.numero", "articoli". */
  errors?: Record<string, string>;
}

/** Lines shown before "Mostra tutto il testo". */
const PREVIEW_LINES = 3;

/**
 * The preview of an import's split, to fix before saving: each article's number, rubrica and text
 * can be edited; an article can be merged into the previous one, split at a line, or deleted.
 */
export function ArticoliEditor({ articoli, onChange, errors = {} }: ArticoliEditorProps) {
  // After a merge or split, focus moves to the article that changed (its first field).
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusKey === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-key="${focusKey}"] input`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const update = (index: number, patch: Partial<DraftArticolo>) =>
    onChange(articoli.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  const merge = (index: number) => {
    setFocusKey(articoli[index - 1]!.key);
    onChange(mergeIntoPrevious(articoli, index));
  };

  const split = (index: number, line: number) => {
    const next = splitAt(articoli, index, line);
    setFocusKey(next[index + 1]!.key);
    onChange(next);
  };

  const remove = (index: number) => {
    const a = articoli[index]!;
    if (a.testo.trim() && !window.confirm(`Togliere l'${articoloTitle(a).replace(/^Art\./, 'art.')} dall'importazione? Il suo testo non sarà salvato.`)) return;
    const neighbour = articoli[index + 1] ?? articoli[index - 1];
    if (neighbour) setFocusKey(neighbour.key);
    onChange(articoli.filter((_, i) => i !== index));
  };

  return (
    <>
      <p className="mb-3" aria-live="polite">
        {countIt(articoli.length, 'articolo', 'articoli')} nella divisione.
      </p>
      {errors.articoli && (
        <div className="alert alert-danger" role="alert">
          {errors.articoli}
        </div>
      )}
      <ol className="articoli-editor" ref={listRef}>
        {articoli.map((a, index) => (
          <ArticoloRow
            key={a.key}
            articolo={a}
            first={index === 0}
            hints={draftHints(articoli, index)}
            errors={fieldErrors(errors, index)}
            onChange={(patch) => update(index, patch)}
            onMerge={() => merge(index)}
            onSplit={(line) => split(index, line)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
    </>
  );
}

function fieldErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `articoli.${index}.`;
  return Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
}

interface ArticoloRowProps {
  articolo: DraftArticolo;
  first: boolean;
  hints: string[];
  errors: Record<string, string>;
  onChange: (patch: Partial<DraftArticolo>) => void;
  onMerge: () => void;
  onSplit: (line: number) => void;
  onRemove: () => void;
}

function ArticoloRow({ articolo, first, hints, errors, onChange, onMerge, onSplit, onRemove }: ArticoloRowProps) {
  const [mode, setMode] = useState<'preview' | 'edit' | 'split'>('preview');
  const lines = articolo.testo.split('\n');
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const title = articolo.numero.trim() ? articoloTitle({ numero: articolo.numero.trim(), rubrica: articolo.rubrica.trim() }) : 'Articolo senza numero';
  const hasProblem = hints.length > 0 || Object.keys(errors).length > 0;
  const field = bindArticolo(articolo, onChange, errors);

  return (
    <li className={`articolo-draft${hasProblem ? ' has-hint' : ''}`} data-key={articolo.key}>
      <fieldset>
        <legend className="articolo-draft-title">{title}</legend>
        <div className="row g-3 align-items-start">
          <FormField {...field('numero')} label="Numero" className="col-sm-3 col-lg-2" />
          <FormField {...field('rubrica')} label="Rubrica" className="col-sm-9 col-lg-6" />
          <div className="col-lg-4 articolo-draft-actions">
            {!first && (
              <button type="button" className="btn btn-outline-primary btn-compact" onClick={onMerge}>
                Unisci al precedente
              </button>
            )}
            {nonBlank.length > 1 && (
              <button
                type="button"
                className="btn btn-outline-primary btn-compact"
                aria-expanded={mode === 'split'}
                onClick={() => setMode(mode === 'split' ? 'preview' : 'split')}
              >
                Dividi
              </button>
            )}
            <button type="button" className="btn btn-outline-danger btn-compact" onClick={onRemove}>
              Elimina
            </button>
          </div>
        </div>

        {hints.length > 0 && (
          <ul className="articolo-draft-hints">
            {hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        )}

        {mode === 'edit' ? (
          <TestoField {...field('testo')} label="Testo" rows={Math.min(18, lines.length + 1)} className="mb-2 mt-4" />
        ) : mode === 'split' ? (
          <div className="articolo-draft-split">
            <p className="small mb-2">Scegliere la riga da cui inizia il nuovo articolo.</p>
            <ol className="split-lines">
              {lines.map((line, i) =>
                line.trim() === '' ? null : (
                  <li key={i}>
                    {i > 0 && lines.slice(0, i).some((l) => l.trim() !== '') ? (
                      <button
                        type="button"
                        className="btn btn-primary btn-compact"
                        onClick={() => {
                          setMode('preview');
                          onSplit(i);
                        }}
                      >
                        Dividi qui<span className="visually-hidden"> (riga {i + 1})</span>
                      </button>
                    ) : (
                      <span className="split-placeholder" />
                    )}
                    <span className="split-line-text">{line}</span>
                  </li>
                ),
              )}
            </ol>
            <button type="button" className="btn btn-outline-secondary btn-compact" onClick={() => setMode('preview')}>
              Annulla la divisione
            </button>
          </div>
        ) : (
          <div className="articolo-draft-preview">
            {articolo.testo.trim() === '' ? (
              <p className="text-muted fst-italic mb-1">(nessun testo)</p>
            ) : (
              <div className="testo-articolo">{nonBlank.slice(0, PREVIEW_LINES).join('\n')}</div>
            )}
            {nonBlank.length > PREVIEW_LINES && (
              <p className="small text-muted mb-1">
                … altre {nonBlank.length - PREVIEW_LINES} righe
              </p>
            )}
            {errors.testo && <div className="invalid-feedback d-block">{errors.testo}</div>}
          </div>
        )}
        {mode !== 'split' && (
          <button type="button" className="btn btn-link btn-compact px-0" aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'preview' : 'edit')}>
            {mode === 'edit' ? 'Chiudi il testo' : 'Mostra e modifica il testo'}
          </button>
        )}
      </fieldset>
    </li>
  );
}
