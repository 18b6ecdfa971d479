import { create } from 'zustand';
import type { VerificaIntegrita } from '../../../../shared/domain/modifiche';
import { invoke } from '../../api/client';

interface IntegritaState {
  /** The latest check of the record: at start, or asked for in Impostazioni. */
  esito: VerificaIntegrita | null;
  load: () => Promise<void>;
  set: (esito: VerificaIntegrita) => void;
}

export const useIntegrita = create<IntegritaState>()((set) => ({
  esito: null,
  load: async () => {
    const result = await invoke('integrita.stato', {});
    if (result.ok) set({ esito: result.value });
  },
  set: (esito) => set({ esito }),
}));
