import { useCallback, useEffect, useRef, useState } from 'react';
import type { Operazione } from '../../../../shared/domain/archivio';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';

const POLL_MS = 250;

/**
 * A long archive operation: `start` calls the channel that begins it, then its progress is polled until it ends.
 * `error` is a refusal to start (or a lost connection); the operation's own failure is in `op.errore`.
 */
export function useOperation() {
  const [op, setOp] = useState<Operazione | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  /** Polls until the operation ends; resolves to its final state (undefined if the page left or the call failed). */
  const follow = useCallback(async (id: string): Promise<Operazione | undefined> => {
    while (alive.current) {
      const result = await invoke('archivio.operazione', { id });
      if (!alive.current) return undefined;
      if (!result.ok) {
        setError(result.error.message);
        return undefined;
      }
      setOp(result.value);
      if (result.value.stato !== 'in_corso') return result.value;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return undefined;
  }, []);

  const start = useCallback(
    async (call: () => Promise<Result<{ operazioneId: string } | { annullata: true }>>) => {
      setOp(null);
      setError(null);
      setCancelled(false);
      const result = await call();
      if (!result.ok) return setError(result.error.message);
      if ('annullata' in result.value) return setCancelled(true);
      return follow(result.value.operazioneId);
    },
    [follow],
  );

  const running = op?.stato === 'in_corso';
  return { op, error, cancelled, running, start, follow, reset: () => setOp(null) };
}
