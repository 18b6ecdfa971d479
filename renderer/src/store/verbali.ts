import { currentYear } from '../clock';
import { useEffect } from 'react';
import { create } from 'zustand';

/** A message for one page: the page it is meant for ("registro", "verbale:12") and the text. */
interface Notice {
  target: string;
  text: string;
}

interface VerbaliState {
  /** The year shown in the Registro dei verbali: kept while moving between the register and a verbale. */
  anno: number;
  /** A message for a page, also after an action that navigated (e.g. a verbale created, a rettifica drafted). */
  notice: Notice | null;
  setAnno: (anno: number) => void;
  notify: (target: string, text: string) => void;
  clearNotice: (target?: string) => void;
}

export const useVerbali = create<VerbaliState>()((set, get) => ({
  anno: currentYear(),
  notice: null,
  setAnno: (anno) => set({ anno }),
  notify: (target, text) => set({ notice: { target, text } }),
  clearNotice: (target) => {
    if (!target || get().notice?.target === target) set({ notice: null });
  },
}));

/** The message meant for this page, if any; it is dropped when the page goes away (not when another page's message arrives). */
export function useNotice(target: string): string | null {
  const notice = useVerbali((s) => (s.notice?.target === target ? s.notice.text : null));
  const clearNotice = useVerbali((s) => s.clearNotice);
  useEffect(() => () => clearNotice(target), [clearNotice, target]);
  return notice;
}
