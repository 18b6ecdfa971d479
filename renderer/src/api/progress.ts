import { useCallback, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import type { ProgressReport } from '../../../shared/transport';
import { invokeFollowed } from './client';

/** A long call followed while it runs: `report` is its latest progress (null when no call is running). */
export function useProgress() {
  const [report, setReport] = useState<ProgressReport | null>(null);
  const follow = useCallback(async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> => {
    setReport({ done: 0, fase: 'Avvio' });
    try {
      return await invokeFollowed(channel, input, setReport);
    } finally {
      setReport(null);
    }
  }, []);
  return { report, follow };
}
