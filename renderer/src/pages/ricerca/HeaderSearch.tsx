import './ricerca.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../../store/navigation';

/** The header's search box: opens #/ricerca/PAROLE, where the results and the filters are. */
export function HeaderSearch() {
  const id = useId();
  const route = useNavigation((s) => s.route);
  const navigate = useNavigation((s) => s.navigate);
  const [text, setText] = useState('');

  // Leaving the search page empties the box; on it, the box shows what was searched.
  useEffect(() => setText(route.section === 'ricerca' ? (route.detail ?? '') : ''), [route.section, route.detail]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    navigate(q ? { section: 'ricerca', detail: q } : { section: 'ricerca' });
  };

  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        Cerca nell&apos;archivio
      </label>
      <input
        id={id}
        type="search"
        className="header-search-input"
        placeholder="Cerca nell'archivio"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="header-search-button">
        <Icon name="it-search" className="icon-sm" />
        <span className="visually-hidden">Cerca</span>
      </button>
    </form>
  );
}
