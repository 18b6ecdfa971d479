import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { DatiSeduta } from '../../components/sedute/DatiSeduta';
import { StatoBadge, StoricaBadge, TIPO_LABEL } from '../../components/sedute/labels';
import { OrdineDelGiorno } from '../../components/sedute/OrdineDelGiorno';
import { PresenzeGrid } from '../../components/sedute/PresenzeGrid';
import { StatoActions } from '../../components/sedute/StatoActions';
import { Votazioni } from '../../components/sedute/Votazioni';
import { LoadError, Loading } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { toHash, useNavigation } from '../../store/navigation';
import { useSedute } from '../../store/sedute';

const TABS = [
  { id: 'dati', label: 'Dati e convocazione' },
  { id: 'odg', label: 'Ordine del giorno' },
  { id: 'presenze', label: 'Presenze' },
  { id: 'votazioni', label: 'Votazioni' },
] as const;
type TabId = (typeof TABS)[number]['id'];

const isTab = (value: string | undefined): value is TabId => TABS.some((t) => t.id === value);

/** Attendance, agenda and votes change only while the seduta is convocata or in corso (and is not historic). */
const isEditable = ({ seduta }: SedutaDetail): boolean =>
  !seduta.storica && (seduta.stato === 'convocata' || seduta.stato === 'in_corso');

interface SedutaPageProps {
  id: number;
  tab: string | undefined;
  organo: Organo;
}

/** #/sedute/ID[/TAB]: one seduta, with its state actions and four tabs. */
export function SedutaPage({ id, tab, organo }: SedutaPageProps) {
  const [state, setState] = useState<{ detail?: SedutaDetail; error?: string }>({});

  const load = useCallback(async () => {
    setState({});
    const result = await invoke('sedute.get', { id });
    setState(result.ok ? { detail: result.value } : { error: result.error.message });
  }, [id]);

  useEffect(() => void load(), [load]);

  const apply = useCallback((detail: SedutaDetail) => setState({ detail }), []);

  if (!state.detail) {
    return (
      <>
        <BackLink />
        <PageHeading title="Seduta">Seduta</PageHeading>
        {state.error ? <LoadError message={state.error} onRetry={() => void load()} /> : <Loading />}
      </>
    );
  }
  return <SedutaView detail={state.detail} tab={isTab(tab) ? tab : 'dati'} organo={organo} onChange={apply} />;
}

function BackLink() {
  return (
    <nav aria-label="Percorso" className="mb-2">
      <a href={toHash({ section: 'sedute' })}>Elenco delle sedute</a>
    </nav>
  );
}

interface SedutaViewProps {
  detail: SedutaDetail;
  tab: TabId;
  organo: Organo;
  onChange: (detail: SedutaDetail) => void;
}

function SedutaView({ detail, tab, organo, onChange }: SedutaViewProps) {
  const { seduta } = detail;
  const navigate = useNavigation((s) => s.navigate);
  const notice = useSedute((s) => s.notice);
  const setNotice = useSedute((s) => s.setNotice);
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());
  const editable = isEditable(detail);
  const title = `Seduta del ${formatDate(seduta.data)}`;

  useEffect(() => () => setNotice(null), [setNotice]);

  // After any change the creation notice no longer describes the latest action.
  const change = (next: SedutaDetail) => {
    setNotice(null);
    onChange(next);
  };

  const select = (next: TabId, focus = false) => {
    navigate({ section: 'sedute', detail: String(seduta.id), sub: next });
    if (focus) tabRefs.current.get(next)?.focus();
  };

  const onTabKey = (event: KeyboardEvent<HTMLElement>) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const go = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (go === undefined) return;
    event.preventDefault();
    select(TABS[(go + TABS.length) % TABS.length]!.id, true);
  };

  const facts = [
    organo.nome,
    seduta.tipo && `seduta ${TIPO_LABEL[seduta.tipo].toLowerCase()}`,
    seduta.oraInizio && `ore ${seduta.oraInizio}${seduta.stato === 'chiusa' && seduta.oraFine ? `–${seduta.oraFine}` : ''}`,
    seduta.luogo,
  ].filter(Boolean);

  return (
    <>
      <BackLink />
      <div className="d-flex flex-wrap align-items-center gap-3 seduta-heading">
        <PageHeading title={title}>{title}</PageHeading>
        <span className="d-inline-flex gap-2 mb-4">
          <StatoBadge stato={seduta.stato} />
          {seduta.storica && <StoricaBadge />}
        </span>
      </div>
      <p className="seduta-facts">{facts.join(' · ')}</p>
      {seduta.oggetto && <p className="lead seduta-oggetto">{seduta.oggetto}</p>}

      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}
      <Notes detail={detail} />
      <StatoActions detail={detail} onChange={change} />

      <ul className="nav nav-tabs seduta-tabs" role="tablist" aria-label="Parti della seduta" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <li className="nav-item" role="presentation" key={t.id}>
            <button
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              ref={(el) => {
                if (el) tabRefs.current.set(t.id, el);
              }}
              className={`nav-link${t.id === tab ? ' active' : ''}`}
              aria-selected={t.id === tab}
              aria-controls={`pannello-${t.id}`}
              tabIndex={t.id === tab ? 0 : -1}
              onClick={() => select(t.id)}
            >
              {t.label}
              {t.id === 'odg' && detail.punti.length > 0 && <span className="badge bg-light text-dark ms-2">{detail.punti.length}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="tab-panel" role="tabpanel" id={`pannello-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {tab === 'dati' && <DatiSeduta detail={detail} organo={organo} editable={editable} onChange={change} />}
        {tab === 'odg' && <OrdineDelGiorno detail={detail} editable={editable} onChange={change} />}
        {tab === 'presenze' && <PresenzeGrid detail={detail} editable={editable} onChange={change} />}
        {tab === 'votazioni' && <Votazioni detail={detail} editable={editable} onChange={change} />}
      </div>
    </>
  );
}

/** Warnings from the backend (e.g. short notice: a warning, not a block) and the read-only notes. */
function Notes({ detail }: { detail: SedutaDetail }) {
  const { seduta, avvisi } = detail;
  if (seduta.storica) {
    return (
      <div className="callout note seduta-note">
        <div className="callout-inner">
          <div className="callout-title">
            <Icon name="it-info-circle" />
            <span className="text">Seduta storica</span>
          </div>
          <p>
            Registrata dall&apos;archivio con la data e l&apos;oggetto: presenze e votazioni non digitalizzate. I suoi dati
            sono in sola lettura.
          </p>
        </div>
      </div>
    );
  }
  return (
    <>
      {avvisi.map((a) => (
        <div key={a} className="alert alert-warning seduta-avviso">
          <p className="mb-0">
            <strong>Attenzione:</strong> {a}
          </p>
        </div>
      ))}
      {seduta.stato === 'chiusa' && (
        <div className="callout note seduta-note">
          <div className="callout-inner">
            <div className="callout-title">
              <Icon name="it-info-circle" />
              <span className="text">Seduta chiusa</span>
            </div>
            <p>
              {seduta.oraFine ? `La seduta si è chiusa alle ore ${seduta.oraFine}. ` : ''}Dati, ordine del giorno, presenze e
              votazioni sono in sola lettura. Per modificarli occorre riaprire la seduta: la riapertura viene registrata.
            </p>
          </div>
        </div>
      )}
      {seduta.stato === 'annullata' && (
        <div className="alert alert-danger">
          <p className="mb-0">
            <strong>Seduta annullata</strong>
            {seduta.annullataMotivo ? `: ${seduta.annullataMotivo}` : '.'} Per modificarla occorre prima ripristinarla.
          </p>
        </div>
      )}
    </>
  );
}
