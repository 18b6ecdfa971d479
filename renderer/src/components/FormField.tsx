import { useId, type HTMLInputTypeAttribute, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldBinding } from '../hooks/useForm';

interface Option {
  value: string;
  label: string;
}

interface FormFieldProps extends FieldBinding {
  /** The visible label; may carry a visually hidden part that makes the accessible name unique. */
  label: ReactNode;
  /** A line under the field (format, example, "Facoltativo"). */
  hint?: string;
  type?: Extract<HTMLInputTypeAttribute, 'text' | 'email' | 'tel'>;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  autoComplete?: string;
  /** With options the field is a <select>. */
  options?: readonly Option[];
  /** With rows the field is a multi-line <textarea> (Italian text: spell-checked). */
  rows?: number;
  disabled?: boolean;
  /** The backend's limit: a longer text shows "Al massimo N caratteri" at the field while typing, before any save. */
  maxLength?: number | null;
  className?: string;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /**
   * Puts the label inside a heading when the field is also a part of the document's outline: the label is then
   * shown as written, not as Bootstrap Italia's floating label, and the wrapper has only `className`.
   */
  labelWrapper?: (label: ReactNode) => ReactNode;
}

/**
 * The one labelled field of every form, in Bootstrap Italia markup: a text input, a select or a textarea.
 * It shows the backend's message for the field, or the length limit once passed (is-invalid + invalid-feedback),
 * and links label, hint and error for screen readers.
 */
export function FormField({
  name,
  value,
  onChange,
  error,
  label,
  hint,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  options,
  rows,
  disabled,
  maxLength,
  className = '',
  onBlur,
  onKeyDown,
  labelWrapper,
}: FormFieldProps) {
  const id = `${useId()}-${name}`;
  // Not the maxlength attribute: it would cut a pasted text silently; the message says what to shorten.
  const tooLong = maxLength != null && value.length > maxLength ? `Al massimo ${maxLength} caratteri (ora ${value.length})` : undefined;
  const message = error || tooLong;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, message && errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    disabled,
    onBlur,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const controlClass = `form-control${message ? ' is-invalid' : ''}`;
  // A select's label sits above it; an input's or a textarea's is Bootstrap Italia's floating label, kept raised.
  const wrapperClass = labelWrapper ? className : `${options ? 'select-wrapper' : 'form-group'} form-field ${className}`.trim();
  const labelElement = (
    <label htmlFor={id} className={options || labelWrapper ? undefined : 'active'}>
      {label}
    </label>
  );

  return (
    <div className={wrapperClass || undefined}>
      {labelWrapper ? labelWrapper(labelElement) : labelElement}
      {options ? (
        <select {...common} className={message ? 'is-invalid' : undefined} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : rows ? (
        <textarea
          {...common}
          rows={rows}
          spellCheck
          lang="it"
          className={controlClass}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          className={controlClass}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {message && (
        <div id={errorId} className="invalid-feedback d-block">
          {message}
        </div>
      )}
    </div>
  );
}
