import type { KeyboardEvent } from 'react';

export interface SegmentOption<V extends string> {
  value: V;
  /** Accessible name (e.g. "Assente giustificato"). */
  label: string;
  /** Shorter visible text when the label is long (e.g. "Giustificato"); it must be part of the label. */
  shortLabel?: string;
  /** Single-letter shortcut, shown underlined in the visible text. */
  key?: string;
  /** Colour of the chosen segment (a Bootstrap colour: success, danger, …). */
  tone?: string;
}

interface RadioSegmentsProps<V extends string> {
  /** Name of the radio inputs: unique on the page. */
  name: string;
  /** Accessible name of the group, e.g. "Presenza di Lauria". */
  label: string;
  /** Null: nothing chosen yet (e.g. a vote not yet given). */
  value: V | null;
  options: readonly SegmentOption<V>[];
  /** `via` tells a letter shortcut from a click or an arrow: a caller may move focus after a shortcut. */
  onChange: (value: V, via: 'key' | 'other') => void;
  disabled?: boolean;
}

/** The visible text with the shortcut letter underlined (first occurrence, any case). */
function Caption({ text, shortcut }: { text: string; shortcut: string | undefined }) {
  const at = shortcut ? text.toLowerCase().indexOf(shortcut.toLowerCase()) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className="shortcut-letter">{text.charAt(at)}</span>
      {text.slice(at + 1)}
    </>
  );
}

/**
 * A radio group drawn as a row of segments, for grids driven by the keyboard: the letters of the
 * options choose them, Left/Right move between them, Up/Down are left to the grid (previous/next row).
 */
export function RadioSegments<V extends string>({ name, label, value, options, onChange, disabled }: RadioSegmentsProps<V>) {
  const choose = (event: KeyboardEvent<HTMLDivElement>, next: V, via: 'key' | 'other') => {
    event.preventDefault();
    if (next !== value) onChange(next, via);
    const group = event.currentTarget;
    // After React re-renders, the chosen radio is the group's tab stop: focus follows it, unless the
    // caller has meanwhile moved focus elsewhere (e.g. to the delegate's name).
    requestAnimationFrame(() => {
      if (group.contains(document.activeElement)) group.querySelector<HTMLInputElement>(`input[value="${next}"]`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Shift + letter is left to the grid (e.g. "all the remaining comuni").
    if (event.altKey || event.ctrlKey || event.metaKey || (event.shiftKey && event.key.length === 1)) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault(); // the grid moves to the other row; the choice does not change
      return;
    }
    const index = options.findIndex((o) => o.value === value);
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const next = options[(index + step + options.length) % options.length]!;
      choose(event, next.value, 'other');
      return;
    }
    const byKey = options.find((o) => o.key && o.key.toLowerCase() === event.key.toLowerCase());
    if (byKey) choose(event, byKey.value, 'key');
  };

  return (
    <div className="btn-group radio-segments" role="radiogroup" aria-label={label} onKeyDown={disabled ? undefined : onKeyDown}>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <span key={o.value} className="radio-segment">
            <input
              type="radio"
              className="btn-check"
              id={id}
              name={name}
              value={o.value}
              checked={o.value === value}
              disabled={disabled}
              aria-label={o.shortLabel ? o.label : undefined}
              onChange={() => onChange(o.value, 'other')}
            />
            <label className={`btn btn-xs btn-outline-${o.tone ?? 'primary'}`} htmlFor={id}>
              <Caption text={o.shortLabel ?? o.label} shortcut={o.key} />
            </label>
          </span>
        );
      })}
    </div>
  );
}

/**
 * Up/Down in a grid: focus the same column (data-col) in the previous/next row (tr[data-row]); for a
 * radio group that is the chosen radio, and a column the other row does not show falls back on its first control.
 * Returns true when it handled the key.
 */
export function moveBetweenRows(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('tr[data-row]');
  const column = target.closest<HTMLElement>('[data-col]')?.dataset.col;
  if (!row || !column) return false;
  event.preventDefault();
  const sibling = (event.key === 'ArrowUp' ? row.previousElementSibling : row.nextElementSibling) as HTMLElement | null;
  if (!sibling?.matches('tr[data-row]')) return true;
  const focusable = (cell: Element | null) =>
    cell?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? cell?.querySelector<HTMLElement>('input, button, select') ?? null;
  const next = focusable(sibling.querySelector(`[data-col="${column}"]`)) ?? focusable(sibling.querySelector('[data-col]'));
  next?.focus();
  return true;
}
