import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/result';
import { useSubmit } from './useSubmit';

/** What a FormField needs from its form: value, change handler and the backend's message for it. */
export interface FieldBinding {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/**
 * Shared logic of every form: a draft of string values, submission to the backend, the backend's
 * per-field errors bound to the fields, focus on the first invalid field after a failed save.
 */
export function useForm<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const { submit, clearSuccess, ...status } = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);

  const errors = status.error?.fields ?? {};
  const fieldNames = Object.keys(initial);
  /** Messages for fields this form does not show (e.g. an id): listed in the summary alert. */
  const otherErrors = Object.entries(errors)
    .filter(([name]) => !fieldNames.includes(name))
    .map(([, message]) => message);

  useEffect(() => {
    if (!status.error?.fields) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [status.error]);

  const bind = (name: keyof V & string): FieldBinding => ({
    name,
    value: values[name] ?? '',
    onChange: (value) => {
      clearSuccess();
      setValues((prev) => ({ ...prev, [name]: value }));
    },
    error: errors[name],
  });

  /** onSubmit handler for the <form>: prevents the page reload and runs the backend call. */
  const handleSubmit = useCallback(
    <T,>(call: (values: V) => Promise<Result<T>>, successMessage: string, onSuccess?: (value: T) => void) =>
      async (event: FormEvent) => {
        event.preventDefault();
        const result = await submit(() => call(values), successMessage);
        if (result?.ok) onSuccess?.(result.value);
      },
    [submit, values],
  );

  return { values, setValues, bind, handleSubmit, formRef, otherErrors, ...status };
}
