import { useCallback, useRef } from 'react';

/**
 * Runs the verbale's text changes one after the other, in the order asked: a save started when a field
 * loses focus reaches the backend before the regeneration the click on «Rigenera» asks for.
 */
export function useSerial() {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = tail.current.then(task, task);
    tail.current = next.catch(() => undefined);
    return next;
  }, []);
}
