import type { ReactNode } from 'react';
import { toHash, type Route } from '../store/navigation';

/** Above a page's heading: the way back to the page it was opened from (a list, a register). */
export function BackLink({ to, children }: { to: Route; children: ReactNode }) {
  return (
    <nav aria-label="Percorso" className="mb-2">
      <a href={toHash(to)}>{children}</a>
    </nav>
  );
}
