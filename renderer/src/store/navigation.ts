import { create } from 'zustand';
import { parseHash, toHash, type Route } from './route';

export { OTHER_SECTIONS, parseHash, SECTIONS, toHash, type Route, type Section } from './route';

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
