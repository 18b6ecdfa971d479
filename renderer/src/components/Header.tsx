import type { ReactNode } from 'react';
import { HeaderSearch } from '../pages/ricerca/HeaderSearch';
import { OperatoreHeader } from './operatore/OperatoreHeader';
import { useEnte } from '../store/ente';
import { toHash } from '../store/navigation';
import { Icon } from './Icon';
import { MainNav } from './MainNav';

const TAGLINE = 'Conferenza Istituzionale dei Sindaci';

/** Bootstrap Italia header: slim bar (the office), centre (the ente), navigation bar. */
export function Header() {
  const ente = useEnte((s) => s.ente);
  const office = ente ? `Ufficio di Piano – ${ente.capofilaNome}` : 'Ufficio di Piano';

  return (
    <header className="it-header-wrapper">
      <HeaderBand className="it-header-slim-wrapper">
        <div className="it-header-slim-wrapper-content">
          <span className="navbar-brand">{office}</span>
          <div className="it-header-slim-right-zone">
            <span className="slim-note d-none d-md-inline">Conferenza dei Sindaci</span>
            <OperatoreHeader />
          </div>
        </div>
      </HeaderBand>
      <div className="it-nav-wrapper">
        <HeaderBand className="it-header-center-wrapper">
          <div className="it-header-center-content-wrapper">
            <div className="it-brand-wrapper">
              <a href={toHash({ section: 'percorso' })}>
                <Icon name="it-pa" />
                <div className="it-brand-text">
                  <div className="it-brand-title">{ente?.nome ?? 'Ambito Socio-Territoriale'}</div>
                  <div className="it-brand-tagline d-none d-md-block">{TAGLINE}</div>
                </div>
              </a>
            </div>
            <div className="it-right-zone">
              <HeaderSearch />
            </div>
          </div>
        </HeaderBand>
        <MainNav />
      </div>
    </header>
  );
}

/** A band of Bootstrap Italia's header (slim, centre): its content in the page-wide container's single column. */
function HeaderBand({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <div className="container">
        <div className="row">
          <div className="col-12">{children}</div>
        </div>
      </div>
    </div>
  );
}
