import { useCallback, useRef, useState } from 'react';
import type { AppError, Result } from '../../../shared/result';

export interface SubmitState {
  pending: boolean;
  error: AppError | null;
  success: string | null;
}

const IDLE: SubmitState = { pending: false, error: null, success: null };

/**
 * One backend call with its outcome: pending flag, the backend's error (summary and per-field
 * messages, shown as they are) or a success message. The UI never validates on its own.
 */
export function useSubmit() {
  const [state, setState] = useState<SubmitState>(IDLE);
  const pendingRef = useRef(false);

  const submit = useCallback(async <T,>(call: () => Promise<Result<T>>, successMessage: string): Promise<Result<T> | null> => {
    if (pendingRef.current) return null; // double click: one request at a time
    pendingRef.current = true;
    setState({ pending: true, error: null, success: null });
    try {
      const result = await call();
      setState(result.ok ? { pending: false, error: null, success: successMessage } : { pending: false, error: result.error, success: null });
      return result;
    } finally {
      pendingRef.current = false;
    }
  }, []);

  const clearSuccess = useCallback(() => setState((s) => (s.success ? { ...s, success: null } : s)), []);
  const reset = useCallback(() => setState(IDLE), []);

  return { ...state, submit, clearSuccess, reset };
}
