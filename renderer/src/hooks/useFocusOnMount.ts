import { useEffect, useRef } from 'react';

/**
 * A ref for the element that takes focus when the component appears, usually the heading (tabIndex={-1})
 * of a form or panel just opened: screen readers announce it, and Tab continues from there.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
