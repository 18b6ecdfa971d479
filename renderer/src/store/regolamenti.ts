import { create } from 'zustand';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { VerbaleSummary } from '../../../shared/domain/verbale';
import { invoke } from '../api/client';

export type RegolamentoSummary = ChannelOutput<'regolamenti.list'>[number];
export type RicercaTipo = 'verbale' | 'regolamento' | 'seduta';

interface RegolamentiState {
  list: RegolamentoSummary[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** A message for the next page after an action that navigated (e.g. a regolamento saved). */
  notice: string | null;
  /** Every verbale of the organ (all years, newest first), to choose the approving one and to date it. */
  verbali: VerbaleSummary[] | null;
  verbaliError: string | null;
  /** The search filters: kept while moving between a result and the search page. */
  ricercaTipi: RicercaTipo[];
  ricercaAnno: number | null;
  load: () => Promise<void>;
  ensureVerbali: (organoId: number, force?: boolean) => Promise<void>;
  setNotice: (notice: string | null) => void;
  setRicercaFiltri: (filtri: { tipi?: RicercaTipo[]; anno?: number | null }) => void;
}

let latestList = 0;
let pendingVerbali: Promise<void> | null = null;

/** Every verbale of the organ, newest first, in one call. */
async function allVerbali(organoId: number): Promise<{ verbali?: VerbaleSummary[]; error?: string }> {
  const result = await invoke('verbali.elenco', { organoId });
  return result.ok ? { verbali: result.value } : { error: result.error.message };
}

export const useRegolamenti = create<RegolamentiState>()((set) => ({
  list: [],
  status: 'idle',
  error: null,
  notice: null,
  verbali: null,
  verbaliError: null,
  ricercaTipi: ['verbale', 'regolamento', 'seduta'],
  ricercaAnno: null,
  load: async () => {
    const request = ++latestList;
    set({ status: 'loading' });
    const result = await invoke('regolamenti.list', {});
    if (request !== latestList) return;
    set(result.ok ? { list: result.value, status: 'ready', error: null } : { status: 'error', error: result.error.message });
  },
  ensureVerbali: (organoId, force = false) => {
    if (pendingVerbali) return pendingVerbali;
    if (!force && useRegolamenti.getState().verbali) return Promise.resolve();
    pendingVerbali = allVerbali(organoId).then(({ verbali, error }) => {
      pendingVerbali = null;
      set(verbali ? { verbali, verbaliError: null } : { verbaliError: error ?? null });
    });
    return pendingVerbali;
  },
  setNotice: (notice) => set({ notice }),
  setRicercaFiltri: ({ tipi, anno }) =>
    set((s) => ({ ricercaTipi: tipi ?? s.ricercaTipi, ricercaAnno: anno === undefined ? s.ricercaAnno : anno })),
}));
