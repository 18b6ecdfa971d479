import { currentYear } from '../clock';
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

/** verbali.registro answers one year at a time, and lists the years that have verbali. */
async function allVerbali(organoId: number): Promise<{ verbali?: VerbaleSummary[]; error?: string }> {
  const first = await invoke('verbali.registro', { organoId, anno: currentYear() });
  if (!first.ok) return { error: first.error.message };
  const others = await Promise.all(
    first.value.anni.filter((anno) => anno !== first.value.anno).map((anno) => invoke('verbali.registro', { organoId, anno })),
  );
  const failed = others.find((r) => !r.ok);
  if (failed && !failed.ok) return { error: failed.error.message };
  const registri = [first.value, ...others.flatMap((r) => (r.ok ? [r.value] : []))];
  const verbali = registri
    .flatMap((r) => r.righe.flatMap((riga) => (riga.verbale ? [riga.verbale] : [])))
    .sort((a, b) => b.anno - a.anno || b.numero - a.numero);
  return { verbali };
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
