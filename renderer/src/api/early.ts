import type { Channel, ChannelInput, ChannelOutput, Invoke } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import type { Route } from '../store/route';
import { invoke } from './client';

const started = new Map<string, Promise<Result<unknown>>>();
const keyOf = (channel: string, input: unknown) => `${channel} ${JSON.stringify(input)}`;

const start = <C extends Channel>(channel: C, input: ChannelInput<C>) => void started.set(keyOf(channel, input), invoke(channel, input));

/**
 * Starts, before React's first render, the calls the first screen of `route` makes; the page then finds its
 * answer on the way (invokeEarly) instead of asking only after its first commit.
 */
export function prefetchFirstScreen(route: Route): void {
  start('ente.get', {});
  if (route.section === 'percorso') start('percorso.pagina', {});
  if (route.section === 'comuni' && !route.detail) start('comuni.list', { includeInactive: false });
  if (route.section === 'sedute' || route.section === 'verbali') start('organi.list', {});
  if (route.section === 'ricerca' && route.detail) start('ricerca.trova', { q: route.detail, tipi: [], anno: null });
}

/** The answer prefetchFirstScreen started for this exact call (once), or a new call. */
export const invokeEarly: Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => {
  const key = keyOf(channel, input);
  const early = started.get(key) as Promise<Result<ChannelOutput<C>>> | undefined;
  started.delete(key);
  return early ?? invoke(channel, input);
};
