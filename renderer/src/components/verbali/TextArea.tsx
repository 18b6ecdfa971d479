import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldBinding } from '../../hooks/useForm';

interface TextAreaProps extends FieldBinding {
  /** The visible label; may carry a visually hidden part that makes the accessible name unique. */
  label: ReactNode;
  hint?: string;
  rows?: number;
  disabled?: boolean;
  className?: string;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** Wraps the label (e.g. in a heading) when the field is also a part of the document's outline. */
  labelWrapper?: (label: ReactNode) => ReactNode;
  /** 'floating': Bootstrap Italia's form-group with the label above the field, as in FormField; 'plain': label as written, e.g. a heading. */
  variant?: 'floating' | 'plain';
}

/** A labelled multi-line field in Bootstrap Italia markup, bound like FormField (value, backend error, hint). */
export function TextArea({
  name,
  value,
  onChange,
  error,
  label,
  hint,
  rows = 4,
  disabled,
  className = '',
  onBlur,
  onKeyDown,
  labelWrapper = (l) => l,
  variant = 'floating',
}: TextAreaProps) {
  const id = `${useId()}-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${variant === 'floating' ? 'form-group form-field' : 'verbale-field'} ${className}`.trim()}>
      {labelWrapper(
        <label htmlFor={id} className={variant === 'floating' ? 'active' : undefined}>
          {label}
        </label>,
      )}
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        disabled={disabled}
        spellCheck
        lang="it"
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </div>
  );
}

/** Rows enough to show a text without scrolling, within limits. */
export function rowsFor(text: string, min = 3, max = 18): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 95)), 0);
  return Math.min(max, Math.max(min, lines + 1));
}
