import { create } from 'zustand';
import type { Comune } from '../../../shared/domain/comune';
import { invokeEarly } from '../api/early';

interface ComuniState {
  comuni: Comune[];
  includeInactive: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** A message for the Comuni page after an action that closed its panel (e.g. a comune added). */
  notice: string | null;
  load: () => Promise<void>;
  setIncludeInactive: (includeInactive: boolean) => Promise<void>;
  /** Puts a comune returned by the backend into the list (or takes it out if it is no longer shown). */
  upsert: (comune: Comune) => void;
  setNotice: (notice: string | null) => void;
}

let latestRequest = 0;

export const useComuni = create<ComuniState>()((set, get) => ({
  comuni: [],
  includeInactive: false,
  status: 'idle',
  error: null,
  notice: null,
  load: async () => {
    const request = ++latestRequest;
    set({ status: 'loading' });
    const result = await invokeEarly('comuni.list', { includeInactive: get().includeInactive });
    if (request !== latestRequest) return; // a newer request (e.g. the toggle) wins
    set(result.ok ? { comuni: result.value, status: 'ready', error: null } : { status: 'error', error: result.error.message });
  },
  setIncludeInactive: async (includeInactive) => {
    set({ includeInactive });
    await get().load();
  },
  upsert: (comune) =>
    set(({ comuni, includeInactive }) => {
      const others = comuni.filter((c) => c.id !== comune.id);
      const shown = includeInactive || comune.attivo;
      const index = comuni.findIndex((c) => c.id === comune.id);
      if (!shown) return { comuni: others };
      if (index < 0) return { comuni: [...comuni, comune] };
      return { comuni: comuni.map((c) => (c.id === comune.id ? comune : c)) };
    }),
  setNotice: (notice) => set({ notice }),
}));
