import type { FormEvent, ReactNode, RefObject } from 'react';
import type { AppError } from '../../../shared/result';
import { StatusAlert } from './StatusAlert';

interface FormProps {
  /** The form's useForm(): its ref (focus goes to the first invalid field), the backend's errors, the success message. */
  form: { formRef: RefObject<HTMLFormElement | null>; error: AppError | null; otherErrors: readonly string[]; success: string | null };
  /** form.handleSubmit(…) */
  onSubmit: (event: FormEvent) => void;
  /** Shows the success message too: for forms that stay in view after saving. */
  showSuccess?: boolean;
  /** Escape leaves the form (for forms opened in place). */
  onEscape?: () => void;
  /** The heading that names the form, above its messages. */
  heading?: ReactNode;
  children: ReactNode;
  /** Ties the form to a submit button outside it (a dialog's footer). */
  id?: string;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/**
 * Every form bound with useForm: no browser validation (the backend says what is wrong, in Italian), the
 * backend's summary above the fields, and the per-field messages beside them (FormField).
 */
export function Form({ form, onSubmit, showSuccess = false, onEscape, heading, children, ...attributes }: FormProps) {
  return (
    <form
      {...attributes}
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={onEscape && ((event) => event.key === 'Escape' && onEscape())}
    >
      {heading}
      <StatusAlert error={form.error} otherErrors={form.otherErrors} success={showSuccess ? form.success : null} />
      {children}
    </form>
  );
}
