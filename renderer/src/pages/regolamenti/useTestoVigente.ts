import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { RegolamentoDetail, TestoVigente } from '../../components/regolamenti/labels';

/**
 * The text of a regolamento in force at `data` (ISO), fetched again when the date or the versions
 * change. The previous answer stays until the new one arrives: its `data` says which date it is for.
 */
export function useTestoVigente(detail: RegolamentoDetail, data: string): { testo?: TestoVigente; error?: string; data?: string } {
  const [state, setState] = useState<{ testo?: TestoVigente; error?: string; data?: string }>({});
  useEffect(() => {
    let current = true;
    void invoke('regolamenti.vigente', { id: detail.id, data }).then((r) => {
      if (current) setState(r.ok ? { testo: r.value, data } : { error: r.error.message, data });
    });
    return () => {
      current = false;
    };
  }, [detail.id, detail.elencoVersioni, data]);
  return state;
}
