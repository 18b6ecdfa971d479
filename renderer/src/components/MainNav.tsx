import { useEffect, useState } from 'react';
import { SECTIONS, toHash, useNavigation } from '../store/navigation';
import { Icon } from './Icon';

/** The sections, as links (the hash is the route). On narrow windows a toggle opens the side menu. */
export function MainNav() {
  const section = useNavigation((s) => s.route.section);
  const [open, setOpen] = useState(false);

  useEffect(() => setOpen(false), [section]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="it-header-navbar-wrapper">
      <div className="container">
        <div className="row">
          <div className="col-12">
            <nav className="navbar navbar-expand-lg" aria-label="Navigazione principale">
              <button
                type="button"
                className="custom-navbar-toggler"
                aria-controls="menu-principale"
                aria-expanded={open}
                aria-label="Mostra o nascondi il menu"
                onClick={() => setOpen((o) => !o)}
              >
                <Icon name="it-burger" />
              </button>
              <div
                id="menu-principale"
                className={`navbar-collapsable${open ? ' expanded' : ''}`}
                style={open ? { display: 'block' } : undefined}
              >
                <div className="overlay" style={open ? { display: 'block' } : undefined} onClick={() => setOpen(false)} />
                <div className="close-div">
                  <button type="button" className="btn close-menu" onClick={() => setOpen(false)}>
                    <span className="visually-hidden">Chiudi il menu</span>
                    <Icon name="it-close" />
                  </button>
                </div>
                <div className="menu-wrapper">
                  <ul className="navbar-nav">
                    {SECTIONS.map(({ id, label }) => {
                      const active = id === section;
                      return (
                        <li className="nav-item" key={id}>
                          <a
                            className={`nav-link${active ? ' active' : ''}`}
                            href={toHash({ section: id })}
                            aria-current={active ? 'page' : undefined}
                          >
                            <span>{label}</span>
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              </div>
            </nav>
          </div>
        </div>
      </div>
    </div>
  );
}
