import type { ConferenceRules } from '../rules/schema';
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

type Attendance = Pick<Presenza, 'stato' | 'oraIngresso' | 'oraUscita' | 'modalita'>;

export const isRemote = (p: Pick<Presenza, 'stato' | 'modalita'>): boolean => isPresentStato(p.stato) && p.modalita === 'videoconferenza';

/**
 * Whether a comune counts at `ora` for the numero legale and the votes: present then, and, when connected by
 * videoconference, only if the rules in force count remote members.
 */
export const countedAt = (p: Attendance, ora: string | null, rules: Pick<ConferenceRules, 'remotePresenceCounts'>): boolean =>
  presentAt(p, ora) && (!isRemote(p) || rules.remotePresenceCounts);
