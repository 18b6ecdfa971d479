import { create } from 'zustand';

export const SECTIONS = [
  { id: 'percorso', label: 'Percorso' },
  { id: 'sedute', label: 'Sedute' },
  { id: 'verbali', label: 'Verbali' },
  { id: 'albo', label: 'Albo' },
  { id: 'regolamenti', label: 'Regolamenti' },
  { id: 'conservazione', label: 'Conservazione' },
  { id: 'comuni', label: 'Comuni' },
  { id: 'impostazioni', label: 'Impostazioni' },
] as const;

/** Sections reached from elsewhere than the menu: the header's search box opens "ricerca". */
export const OTHER_SECTIONS = ['ricerca', 'modifiche'] as const;

export type Section = (typeof SECTIONS)[number]['id'] | (typeof OTHER_SECTIONS)[number];

/** Where the user is: a section and, optionally, what is open inside it (e.g. a comune's id, or "nuovo"), and a part of that (e.g. a tab). */
export interface Route {
  section: Section;
  detail?: string;
  sub?: string;
}

const HOME: Route = { section: 'percorso' };

const isSection = (value: string | undefined): value is Section =>
  SECTIONS.some((s) => s.id === value) || OTHER_SECTIONS.some((s) => s === value);

/** "#/comuni/12" → { section: 'comuni', detail: '12' }; "#/sedute/5/presenze" adds sub: 'presenze'; unknown or empty hashes lead home. */
export function parseHash(hash: string): Route {
  const [section, detail, sub] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (!isSection(section)) return HOME;
  if (!detail) return { section };
  return sub ? { section, detail, sub } : { section, detail };
}

export const toHash = ({ section, detail, sub }: Route): string =>
  `#/${section}${detail ? `/${encodeURIComponent(detail)}${sub ? `/${encodeURIComponent(sub)}` : ''}` : ''}`;

interface NavigationState {
  route: Route;
  /** False until the first navigation after load: pages move focus to their heading only when the user navigated. */
  navigated: boolean;
  navigate: (route: Route) => void;
}

/** Navigation state, mirrored in location.hash so a reload keeps the section. */
export const useNavigation = create<NavigationState>()(() => ({
  route: parseHash(window.location.hash),
  navigated: false,
  navigate: (route) => {
    const hash = toHash(route);
    if (window.location.hash === hash) useNavigation.setState({ route, navigated: true });
    else window.location.hash = hash; // the hashchange listener updates the state
  },
}));

/** Keeps the store in step with the address bar (links, back/forward); call once at start-up. */
export function syncNavigationWithLocation(): () => void {
  const canonical = toHash(useNavigation.getState().route);
  if (window.location.hash !== canonical) window.history.replaceState(null, '', canonical);
  const onHashChange = () => useNavigation.setState({ route: parseHash(window.location.hash), navigated: true });
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
