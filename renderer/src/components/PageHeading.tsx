import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigation } from '../store/navigation';

const APP_TITLE = 'Conferenza dei Sindaci – Ufficio di Piano';

/** The page's h1: sets the window title and takes focus after a navigation (screen readers announce it). */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigated = useNavigation((s) => s.navigated);

  useEffect(() => {
    document.title = `${title} – ${APP_TITLE}`;
    if (navigated) ref.current?.focus({ preventScroll: false });
    // Only when the page appears: not on every later navigation inside it.
  }, [title]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
