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

  const follow = useCallback(async (id: string) => {
    while (alive.current) {
      const result = await invoke('archivio.operazione', { id });
      if (!alive.current) return;
      if (!result.ok) return setError(result.error.message);
      setOp(result.value);
      if (result.value.stato !== 'in_corso') return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);

  const start = useCallback(
    async (call: () => Promise<Result<{ operazioneId: string } | { annullata: true }>>) => {
      setOp(null);
      setError(null);
      setCancelled(false);
      const result = await call();
      if (!result.ok) return setError(result.error.message);
      if ('annullata' in result.value) return setCancelled(true);
      await follow(result.value.operazioneId);
    },
    [follow],
  );

  const running = op?.stato === 'in_corso';
  return { op, error, cancelled, running, start, follow, reset: () => setOp(null) };
}
