import { create } from 'zustand';
import type { z } from 'zod';
import type { sessioneSchema } from '../../../../shared/domain/modifiche';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';

export type Sessione = z.infer<typeof sessioneSchema>;

interface SessioneState {
  sessione: Sessione | null;
  /** At start, with names listed in Impostazioni: ask who is working before anything is recorded. */
  chiedi: boolean;
  load: () => Promise<void>;
  /** Keeps the answer of a call that returns the session (choose, add, remove). */
  apply: (result: Result<Sessione>) => Result<Sessione>;
  setChiedi: (chiedi: boolean) => void;
}

/** Who is working: shown in the header, recorded by the backend in every entry of the Registro delle modifiche. */
export const useSessione = create<SessioneState>()((set) => ({
  sessione: null,
  chiedi: false,
  load: async () => {
    const result = await invoke('sessione.get', {});
    if (result.ok) set({ sessione: result.value, chiedi: result.value.operatori.length > 0 });
  },
  apply: (result) => {
    if (result.ok) set({ sessione: result.value });
    return result;
  },
  setChiedi: (chiedi) => set({ chiedi }),
}));
