import { create } from 'zustand';
import type { Ente } from '../../../shared/domain/ente';
import { invokeEarly } from '../api/early';

interface EnteState {
  ente: Ente | null;
  error: string | null;
  load: () => Promise<void>;
  /** After a successful ente.update: the header follows at once. */
  set: (ente: Ente) => void;
}

/** The ente (name, capofila, officers): shown in the header and edited in Impostazioni. */
export const useEnte = create<EnteState>()((set) => ({
  ente: null,
  error: null,
  load: async () => {
    const result = await invokeEarly('ente.get', {});
    set(result.ok ? { ente: result.value, error: null } : { error: result.error.message });
  },
  set: (ente) => set({ ente, error: null }),
}));
