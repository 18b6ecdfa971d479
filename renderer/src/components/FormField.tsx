import { useId, type HTMLInputTypeAttribute } from 'react';
import type { FieldBinding } from '../hooks/useForm';

interface Option {
  value: string;
  label: string;
}

interface FormFieldProps extends FieldBinding {
  label: string;
  /** A line under the field (format, example, "Facoltativo"). */
  hint?: string;
  type?: Extract<HTMLInputTypeAttribute, 'text' | 'email' | 'tel'>;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  autoComplete?: string;
  /** With options the field is a <select>. */
  options?: readonly Option[];
  disabled?: boolean;
  className?: string;
}

/**
 * The one labelled field of every form, in Bootstrap Italia markup. It shows the backend's message
 * for the field (is-invalid + invalid-feedback) and links label, hint and error for screen readers.
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
  disabled,
  className = '',
}: FormFieldProps) {
  const id = `${useId()}-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const feedback = (
    <>
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
    </>
  );

  if (options) {
    return (
      <div className={`select-wrapper form-field ${className}`.trim()}>
        <label htmlFor={id}>{label}</label>
        <select {...common} className={error ? 'is-invalid' : undefined} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {feedback}
      </div>
    );
  }

  return (
    <div className={`form-group form-field ${className}`.trim()}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        {...common}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        className={`form-control${error ? ' is-invalid' : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      {feedback}
    </div>
  );
}
