import type { Presenza, PresenzaStato } from './seduta';

export const isPresentStato = (stato: PresenzaStato): boolean => stato === 'sindaco' || stato === 'delegato';

/**
 * Whether a comune was in the room at `ora` (a vote's time): present at the seduta, already
 * arrived and not yet gone. Without a time, presence at the seduta counts.
 */
export function presentAt(p: Pick<Presenza, 'stato' | 'oraIngresso' | 'oraUscita'>, ora: string | null): boolean {
  if (!isPresentStato(p.stato)) return false;
  if (!ora) return true;
  return (!p.oraIngresso || p.oraIngresso <= ora) && (!p.oraUscita || ora < p.oraUscita);
}
