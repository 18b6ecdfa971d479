import { currentYear } from '../../clock';
import { useCallback } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { countIt } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useSedute } from '../../store/sedute';
import { FormField } from '../FormField';

type Years = ChannelOutput<'sedute.years'>;

/** The current year when it has sedute, otherwise the latest year that has some (or the current year). */
function defaultYear(years: Years): number {
  const current = currentYear();
  if (years.some((y) => y.anno === current)) return current;
  return years.reduce((latest, y) => Math.max(latest, y.anno), 0) || current;
}

/** The years with sedute (sedute.years), and the chosen year kept in the sedute store. */
function useYears(organoId: number) {
  const anno = useSedute((s) => s.anno);
  const setAnno = useSedute((s) => s.setAnno);
  const { value: years, error, reload } = useLoad(
    useCallback(async () => {
      const result = await invoke('sedute.years', { organoId });
      if (result.ok && useSedute.getState().anno === null) setAnno(defaultYear(result.value));
      return result;
    }, [organoId, setAnno]),
  );

  return { years, error, anno: years ? anno : null, setAnno, reload };
}

/**
 * A page about one year of the organo (sedute, statistics): the years and the chosen one (useYears), and what
 * `load` (stable: defined outside the component) returns for that year. `error` is the failure of either load;
 * `retry` repeats the one that failed.
 */
export function useYearLoad<T>(organoId: number, load: (organoId: number, anno: number) => Promise<Result<T>>) {
  const years = useYears(organoId);
  const { anno } = years;
  const data = useLoad(useCallback(() => load(organoId, anno!), [load, organoId, anno]), anno !== null);
  return {
    years,
    value: data.value,
    error: years.error ?? data.error,
    retry: () => void (years.error ? years.reload() : data.reload()),
  };
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
