import { lazy, Suspense, useEffect, useRef } from 'react';
import { Header } from './components/Header';
import { LoadError, Loading } from './components/StatusAlert';
import { ComuniPage } from './pages/ComuniPage';
import { ArchiveBanner } from './pages/archivio/ArchiveBanner';
import { IntegritaBanner } from './pages/modifiche/Integrita';
import { SedutePage } from './pages/sedute/SedutePage';
import { PercorsoPage } from './pages/percorso/PercorsoPage';
import { RicercaPage } from './pages/ricerca/RicercaPage';
import { VerbaliPage } from './pages/verbali/VerbaliPage';
import { useEnte } from './store/ente';
import { useNavigation, type Section } from './store/navigation';

// Sections whose code is large and not on the way to the first screen: loaded when first opened.
const ImpostazioniPage = lazy(() => import('./pages/ImpostazioniPage').then((m) => ({ default: m.ImpostazioniPage })));
const ModifichePage = lazy(() => import('./pages/modifiche/ModifichePage').then((m) => ({ default: m.ModifichePage })));
const AlboPage = lazy(() => import('./pages/albo/AlboPage').then((m) => ({ default: m.AlboPage })));
const RegolamentiPage = lazy(() => import('./pages/regolamenti/RegolamentiPage').then((m) => ({ default: m.RegolamentiPage })));
const ConservazionePage = lazy(() => import('./pages/conservazione/ConservazionePage').then((m) => ({ default: m.ConservazionePage })));

/** Every section has its page: the switch is exhaustive, checked by the compiler. */
function Page({ section }: { section: Section }) {
  switch (section) {
    case 'comuni':
      return <ComuniPage />;
    case 'impostazioni':
      return <ImpostazioniPage />;
    case 'sedute':
      return <SedutePage />;
    case 'verbali':
      return <VerbaliPage />;
    case 'regolamenti':
      return <RegolamentiPage />;
    case 'albo':
      return <AlboPage />;
    case 'conservazione':
      return <ConservazionePage />;
    case 'percorso':
      return <PercorsoPage />;
    case 'ricerca':
      return <RicercaPage />;
    case 'modifiche':
      return <ModifichePage />;
  }
}

export function App() {
  const section = useNavigation((s) => s.route.section);
  const { error: enteError, load: loadEnte } = useEnte();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => void loadEnte(), [loadEnte]);

  return (
    <>
      <div className="skiplinks">
        <a
          className="visually-hidden-focusable"
          href="#contenuto"
          onClick={(e) => {
            e.preventDefault(); // the hash is the route: move focus instead
            mainRef.current?.focus();
          }}
        >
          Vai al contenuto
        </a>
      </div>
      <Header />
      <main id="contenuto" ref={mainRef} tabIndex={-1} className="container my-5">
        <div className="row">
          <div className="col-12 page-content">
            <ArchiveBanner />
            <IntegritaBanner />
            {enteError && <LoadError message={enteError} onRetry={() => void loadEnte()} />}
            <Suspense fallback={<Loading />}>
              <Page section={section} />
            </Suspense>
          </div>
        </div>
      </main>
    </>
  );
}
