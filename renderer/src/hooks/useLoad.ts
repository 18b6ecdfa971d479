import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';

/**
 * Loads something from the backend, and again whenever `call` changes (a useCallback with the inputs as its
 * dependencies); `ready` false waits for an input still missing. Gives the value or the backend's message, both
 * absent while loading; `reload` retries after a failure; `set` replaces the value with the one a save returned.
 */
export function useLoad<T>(call: () => Promise<Result<T>>, ready = true) {
  const [state, setState] = useState<{ value?: T; error?: string }>({});
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!ready) return;
    const request = ++latest.current;
    setState({});
    const result = await call();
    if (request !== latest.current) return; // the answer for inputs that have changed since
    setState(result.ok ? { value: result.value } : { error: result.error.message });
  }, [call, ready]);

  useEffect(() => void reload(), [reload]);

  const set = useCallback((value: T) => {
    latest.current++; // newer than any load still on its way
    setState({ value });
  }, []);

  return { ...state, reload, set };
}
