import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { invoke } from '../../api/client';
import { countIt } from '../../format';
import { useSedute } from '../../store/sedute';
import { FormField } from '../FormField';

type Years = ChannelOutput<'sedute.years'>;

/** The current year when it has sedute, otherwise the latest year that has some (or the current year). */
function defaultYear(years: Years): number {
  const current = new Date().getFullYear();
  if (years.some((y) => y.anno === current)) return current;
  return years.reduce((latest, y) => Math.max(latest, y.anno), 0) || current;
}

/** The years with sedute (sedute.years), and the chosen year kept in the sedute store. */
export function useYears(organoId: number) {
  const [state, setState] = useState<{ years?: Years; error?: string }>({});
  const anno = useSedute((s) => s.anno);
  const setAnno = useSedute((s) => s.setAnno);

  const load = useCallback(async () => {
    setState({});
    const result = await invoke('sedute.years', { organoId });
    if (!result.ok) return setState({ error: result.error.message });
    setState({ years: result.value });
    if (useSedute.getState().anno === null) setAnno(defaultYear(result.value));
  }, [organoId, setAnno]);

  useEffect(() => void load(), [load]);

  return { ...state, anno: state.years ? anno : null, setAnno, reload: load };
}

interface YearSelectProps {
  years: Years;
  anno: number;
  onChange: (anno: number) => void;
  className?: string;
}

/** "Anno" select: the years with sedute, plus the chosen one if it has none. */
export function YearSelect({ years, anno, onChange, className }: YearSelectProps) {
  const listed = years.some((y) => y.anno === anno) ? years : [...years, { anno, sedute: 0 }].sort((a, b) => b.anno - a.anno);
  const options = listed.map((y) => ({
    value: String(y.anno),
    label: `${y.anno} (${countIt(y.sedute, 'seduta', 'sedute')})`,
  }));
  return (
    <FormField
      name="anno"
      value={String(anno)}
      onChange={(value) => onChange(Number(value))}
      error={undefined}
      label="Anno"
      options={options}
      className={className}
    />
  );
}
