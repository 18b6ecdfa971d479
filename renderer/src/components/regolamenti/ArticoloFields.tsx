import { useId } from 'react';
import type { FieldBinding } from '../../hooks/useForm';

/** The keys of an article being edited whose values are text (numero, rubrica, testo). */
type TextKey<A> = { [K in keyof A]: A[K] extends string ? K : never }[keyof A] & string;

/**
 * Binds the fields of an article being edited (import preview, amendment form): each field shows one
 * text property, changes it by a patch and shows the backend's message for it.
 */
export function bindArticolo<A>(articolo: A, onChange: (patch: Partial<A>) => void, errors: Record<string, string>) {
  return (key: TextKey<A>, name: string = key): FieldBinding => ({
    name,
    value: articolo[key] as string,
    onChange: (value) => onChange({ [key]: value } as Partial<A>),
    error: errors[key],
  });
}

interface TestoFieldProps extends FieldBinding {
  /** The visible label, also the accessible name (e.g. "Nuovo testo dell'art. 6"). */
  label: string;
  rows: number;
  /** Extra classes of the form-group (spacing). */
  className?: string;
}

/** The multi-line field of an article's text, in Bootstrap Italia markup, with the backend's message linked to it. */
export function TestoField({ name, value, onChange, error, label, rows, className = '' }: TestoFieldProps) {
  const id = `${useId()}-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className={`form-group ${className}`.trim()}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <textarea
        id={id}
        className={`form-control${error ? ' is-invalid' : ''}`}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </div>
  );
}
