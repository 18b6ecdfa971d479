// The page's first script, small and separate from the main bundle: it starts the first screen's calls as soon as the
// page is parsed, while React and the app are still arriving, so that their answers are on the way (invokeEarly).
import { prefetchFirstScreen } from './api/early';
import { parseHash } from './store/route';

prefetchFirstScreen(parseHash(window.location.hash));
