// Routes as the address bar holds them: pure, without the store, so that the boot script can read the first one.

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
