import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

interface TabsProps<T extends string> {
  tabs: readonly TabDef<T>[];
  selected: T;
  onSelect: (tab: T) => void;
  /** Prefix of the element ids that tie each tab to its panel. */
  idPrefix: string;
  label: string;
  children: ReactNode;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; the panel follows the selection. */
export function Tabs<T extends string>({ tabs, selected, onSelect, idPrefix, label, children }: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());

  const onKey = (event: KeyboardEvent<HTMLElement>) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const go = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (go === undefined) return;
    event.preventDefault();
    const next = tabs[(go + tabs.length) % tabs.length]!.id;
    onSelect(next);
    refs.current.get(next)?.focus();
  };

  return (
    <>
      <ul className="nav nav-tabs reg-tabs" role="tablist" aria-label={label} onKeyDown={onKey}>
        {tabs.map((t) => {
          const active = t.id === selected;
          return (
            <li className="nav-item" role="presentation" key={t.id}>
              <button
                type="button"
                role="tab"
                id={`${idPrefix}-tab-${t.id}`}
                aria-controls={`${idPrefix}-panel`}
                aria-selected={active}
                tabIndex={active ? 0 : -1}
                className={`nav-link${active ? ' active' : ''}`}
                ref={(el) => {
                  if (el) refs.current.set(t.id, el);
                  else refs.current.delete(t.id);
                }}
                onClick={() => onSelect(t.id)}
              >
                {t.label}
              </button>
            </li>
          );
        })}
      </ul>
      <div id={`${idPrefix}-panel`} role="tabpanel" aria-labelledby={`${idPrefix}-tab-${selected}`} className="reg-tab-panel" tabIndex={-1}>
        {children}
      </div>
    </>
  );
}
