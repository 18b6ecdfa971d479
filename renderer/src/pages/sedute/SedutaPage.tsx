import { useCallback, useEffect } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { NoteCallout } from '../../components/NoteCallout';
import { PageHeading } from '../../components/PageHeading';
import { DatiSeduta } from '../../components/sedute/DatiSeduta';
import { Documenti } from '../../components/sedute/Documenti';
import { StatoBadge, StoricaBadge, TIPO_LABEL } from '../../components/sedute/labels';
import { OrdineDelGiorno } from '../../components/sedute/OrdineDelGiorno';
import { PresenzeGrid } from '../../components/sedute/PresenzeGrid';
import { SedutaVerbale } from '../../components/sedute/SedutaVerbale';
import { StatoActions, useSedutaContext } from '../../components/sedute/StatoActions';
import { Votazioni } from '../../components/sedute/Votazioni';
import { LoadState, Notice } from '../../components/StatusAlert';
import { tabNamed, Tabs } from '../../components/Tabs';
import { formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { formatDateTime } from '../../components/verbali/labels';
import { toHash, useNavigation } from '../../store/navigation';
import { useSedute } from '../../store/sedute';

const TABS = [
  { id: 'dati', label: 'Dati e convocazione' },
  { id: 'odg', label: 'Ordine del giorno' },
  { id: 'presenze', label: 'Presenze' },
  { id: 'votazioni', label: 'Votazioni' },
  { id: 'documenti', label: 'Documenti' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Attendance, agenda and votes change only while the seduta is convocata or in corso (and is not historic). */
const isEditable = ({ seduta }: SedutaDetail): boolean =>
  !seduta.storica && (seduta.stato === 'convocata' || seduta.stato === 'in_corso');

interface SedutaPageProps {
  id: number;
  tab: string | undefined;
  organo: Organo;
}

/** #/sedute/ID[/TAB]: one seduta, with its state actions and five tabs. */
export function SedutaPage({ id, tab, organo }: SedutaPageProps) {
  const seduta = useLoad(useCallback(() => invoke('sedute.get', { id }), [id]));

  if (!seduta.value) {
    return (
      <>
        <BackToList />
        <PageHeading title="Seduta">Seduta</PageHeading>
        <LoadState error={seduta.error} onRetry={() => void seduta.reload()} />
      </>
    );
  }
  return <SedutaView detail={seduta.value} tab={tabNamed(TABS, tab)} organo={organo} onChange={seduta.set} />;
}

function BackToList() {
  return <BackLink to={{ section: 'sedute' }}>Elenco delle sedute</BackLink>;
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
  const editable = isEditable(detail);
  const context = useSedutaContext(detail);
  const title = `Seduta del ${formatDate(seduta.data)}`;

  useEffect(() => () => setNotice(null), [setNotice]);

  // After any change the creation notice no longer describes the latest action.
  const change = (next: SedutaDetail) => {
    setNotice(null);
    onChange(next);
  };

  const odgCount = detail.punti.length > 0 && <span className="badge bg-light text-dark ms-2">{detail.punti.length}</span>;
  const tabs = TABS.map((t) => (t.id === 'odg' ? { ...t, badge: odgCount } : t));

  const facts = [
    organo.nome,
    seduta.tipo && `seduta ${TIPO_LABEL[seduta.tipo].toLowerCase()}`,
    seduta.oraInizio && `ore ${seduta.oraInizio}${seduta.stato === 'chiusa' && seduta.oraFine ? `–${seduta.oraFine}` : ''}`,
    seduta.luogo,
  ].filter(Boolean);

  return (
    <>
      <BackToList />
      <div className="d-flex flex-wrap align-items-center gap-3 seduta-heading">
        <PageHeading title={title}>{title}</PageHeading>
        <span className="d-inline-flex gap-2 mb-4">
          <StatoBadge stato={seduta.stato} />
          {seduta.storica && <StoricaBadge />}
        </span>
      </div>
      <p className="seduta-facts">{facts.join(' · ')}</p>
      {seduta.oggetto && <p className="lead seduta-oggetto">{seduta.oggetto}</p>}

      <Notice text={notice} />
      <Notes detail={detail} />
      <SedutaVerbale detail={detail} context={context} />
      <StatoActions detail={detail} ctx={context?.ctx ?? null} onChange={change} />
      <p className="small mt-2">
        <a href={toHash({ section: 'modifiche', detail: 'seduta', sub: String(seduta.id) })}>Registro delle modifiche di questo atto</a>
      </p>

      <Tabs
        tabs={tabs}
        selected={tab}
        onSelect={(next) => navigate({ section: 'sedute', detail: String(seduta.id), sub: next })}
        idPrefix="seduta"
        label="Parti della seduta"
        className="seduta-tabs"
        panelClassName="tab-panel"
      >
        {tab === 'dati' && <DatiSeduta detail={detail} organo={organo} editable={editable} onChange={change} />}
        {tab === 'odg' && <OrdineDelGiorno detail={detail} editable={editable} onChange={change} />}
        {tab === 'presenze' && <PresenzeGrid detail={detail} editable={editable} onChange={change} />}
        {tab === 'votazioni' && <Votazioni detail={detail} editable={editable} onChange={change} />}
        {tab === 'documenti' && <Documenti detail={detail} />}
      </Tabs>
    </>
  );
}

/** Warnings from the backend (e.g. short notice: a warning, not a block) and the read-only notes. */
function Notes({ detail }: { detail: SedutaDetail }) {
  const { seduta, avvisi } = detail;
  if (seduta.storica) {
    return (
      <NoteCallout title="Seduta storica" className="seduta-note">
        <p>
          Registrata dall&apos;archivio con la data e l&apos;oggetto: presenze e votazioni non digitalizzate. I suoi dati sono
          in sola lettura.
        </p>
      </NoteCallout>
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
        <NoteCallout title="Seduta chiusa" className="seduta-note">
          <p>
            {seduta.oraFine ? `La seduta si è chiusa alle ore ${seduta.oraFine}. ` : ''}Dati, ordine del giorno, presenze e
            votazioni sono in sola lettura. Per modificarli occorre riaprire la seduta: la riapertura viene registrata.
          </p>
          {detail.chiusura && (
            <p className="mb-0">
              Esiti fissati alla chiusura del {formatDateTime(detail.chiusura.chiusaIl)}
              {detail.regole ? `, con le regole valide dal ${formatDate(detail.regole.valideDal)}` : ''}: modifiche successive a
              regole, ente o comuni non li cambiano.
            </p>
          )}
        </NoteCallout>
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
