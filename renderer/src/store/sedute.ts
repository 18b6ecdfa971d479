import { useEffect } from 'react';
import { create } from 'zustand';
import type { Organo } from '../../../shared/domain/ente';
import { invokeEarly } from '../api/early';

/** The organ whose sedute and rules this app keeps. */
const CONFERENZA = 'Conferenza Istituzionale dei Sindaci';

interface SeduteState {
  organo: Organo | null;
  organoError: string | null;
  /** The year chosen in the list of sedute (and in the statistics): kept while moving between pages. */
  anno: number | null;
  /** A message for the next page after an action that navigated (e.g. a seduta created). */
  notice: string | null;
  /** Reads the organ from organi.list once; later calls return the same answer. */
  ensureOrgano: () => Promise<Organo | null>;
  setAnno: (anno: number) => void;
  setNotice: (notice: string | null) => void;
}

let pending: Promise<Organo | null> | null = null;

export const useSedute = create<SeduteState>()((set, get) => ({
  organo: null,
  organoError: null,
  anno: null,
  notice: null,
  ensureOrgano: () => {
    const known = get().organo;
    if (known) return Promise.resolve(known);
    pending ??= invokeEarly('organi.list', {}).then((result) => {
      pending = null;
      if (!result.ok) {
        set({ organoError: result.error.message });
        return null;
      }
      const organo = result.value.find((o) => o.nome === CONFERENZA) ?? result.value.find((o) => o.attivo) ?? null;
      set(organo ? { organo, organoError: null } : { organoError: `Organo «${CONFERENZA}» non presente nell'archivio.` });
      return organo;
    });
    return pending;
  },
  setAnno: (anno) => set({ anno }),
  setNotice: (notice) => set({ notice }),
}));

/** The Conferenza's organ id for pages that need it (null while loading or after an error). */
export function useOrgano() {
  const organo = useSedute((s) => s.organo);
  const error = useSedute((s) => s.organoError);
  const ensure = useSedute((s) => s.ensureOrgano);
  useEffect(() => void ensure(), [ensure]);
  return { organo, error, retry: () => void ensure() };
}
