import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: string;
  /** After the label, e.g. how many items the tab holds. */
  badge?: ReactNode;
}

/** The tab an address names (its `sub`), or the first one. */
export function tabNamed<T extends string>(tabs: readonly TabDef<T>[], name: string | undefined): T {
  return tabs.find((t) => t.id === name)?.id ?? tabs[0]!.id;
}

interface TabsProps<T extends string> {
  tabs: readonly TabDef<T>[];
  selected: T;
  onSelect: (tab: T) => void;
  /** Prefix of the element ids that tie each tab to the panel. */
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
  /** Extra classes of the tab list (after Bootstrap Italia's `nav nav-tabs`) and of the panel. */
  className?: string;
  panelClassName?: string;
  /** 0 (default) puts the panel in the Tab order, as WAI-ARIA advises when it starts with text; -1 lets only scripts focus it. */
  panelTabIndex?: 0 | -1;
  /** The selected tab's content. */
  children: ReactNode;
}

/** WAI-ARIA tabs in Bootstrap Italia markup: arrow keys, Home and End move between tabs; the panel shows the selected one. */
export function Tabs<T extends string>(props: TabsProps<T>) {
  const { tabs, selected, onSelect, idPrefix, label, className = '', panelClassName, panelTabIndex = 0, children } = props;
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
      <ul className={`nav nav-tabs ${className}`.trim()} role="tablist" aria-label={label} onKeyDown={onKey}>
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
                {t.badge}
              </button>
            </li>
          );
        })}
      </ul>
      <div
        id={`${idPrefix}-panel`}
        role="tabpanel"
        aria-labelledby={`${idPrefix}-tab-${selected}`}
        className={panelClassName}
        tabIndex={panelTabIndex}
      >
        {children}
      </div>
    </>
  );
}
