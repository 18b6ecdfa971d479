import { useCallback, useEffect, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { TIPO_LABEL, todayIso, type RegolamentoDetail, type Versione } from '../../components/regolamenti/labels';
import { Tabs } from '../../components/Tabs';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt, formatDate } from '../../format';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { AttesaCallout, AttesaBadge } from './Attesa';
import { BackLink } from './BackLink';
import { CompletaTesto } from './CompletaTesto';
import { ConfrontaPanel, defaultConfronto, type Confronto } from './ConfrontaPanel';
import { NuovaVersione } from './NuovaVersione';
import { NuovoTestoIntegrale } from './NuovoTestoIntegrale';
import { TestoVigentePanel } from './TestoVigentePanel';
import { VersioniPanel } from './VersioniPanel';

const TABS = [
  { id: 'testo', label: 'Testo vigente' },
  { id: 'versioni', label: 'Versioni' },
  { id: 'confronta', label: 'Confronta versioni' },
  { id: 'modifica', label: 'Nuova versione' },
] as const;
type TabId = (typeof TABS)[number]['id'];
const isTab = (value: string | undefined): value is TabId => TABS.some((t) => t.id === value);

/** "importa-12" → 12: the version whose text is being imported. */
function importaVersione(sub: string | undefined): number | null {
  const match = /^importa-(\d+)$/.exec(sub ?? '');
  return match ? Number(match[1]) : null;
}

interface RegolamentoPageProps {
  id: number;
  sub: string | undefined;
  organo: Organo;
}

/**
 * #/regolamenti/ID[/TAB]: one regolamento, loaded fresh; #/regolamenti/ID/importa-V imports the text of
 * version V; #/regolamenti/ID/nuovo-testo registers a whole new text.
 */
export function RegolamentoPage({ id, sub, organo }: RegolamentoPageProps) {
  const [state, setState] = useState<{ detail?: RegolamentoDetail; error?: string }>({});
  const ensureVerbali = useRegolamenti((s) => s.ensureVerbali);

  const load = useCallback(async () => {
    setState({});
    const result = await invoke('regolamenti.get', { id });
    setState(result.ok ? { detail: result.value } : { error: result.error.message });
  }, [id]);

  useEffect(() => void load(), [load]);
  useEffect(() => void ensureVerbali(organo.id), [ensureVerbali, organo.id]);

  if (!state.detail) {
    return (
      <>
        <BackLink />
        <PageHeading title="Regolamento">Regolamento</PageHeading>
        {state.error ? <LoadError message={state.error} onRetry={() => void load()} /> : <Loading />}
      </>
    );
  }
  const versioneId = importaVersione(sub);
  const versione = state.detail.elencoVersioni.find((v) => v.id === versioneId);
  if (versione) return <CompletaTesto detail={state.detail} versione={versione} onSaved={(detail) => setState({ detail })} />;
  if (sub === 'nuovo-testo') return <NuovoTestoIntegrale detail={state.detail} organo={organo} onSaved={(detail) => setState({ detail })} />;
  return (
    <RegolamentoView detail={state.detail} tab={isTab(sub) ? sub : 'testo'} organo={organo} onChange={(detail) => setState({ detail })} />
  );
}

interface RegolamentoViewProps {
  detail: RegolamentoDetail;
  tab: TabId;
  organo: Organo;
  onChange: (detail: RegolamentoDetail) => void;
}

function RegolamentoView({ detail, tab, organo, onChange }: RegolamentoViewProps) {
  const navigate = useNavigation((s) => s.navigate);
  const notice = useRegolamenti((s) => s.notice);
  const setNotice = useRegolamenti((s) => s.setNotice);
  // Shared between tabs: "Testo in vigore da questa data" and "Confronta con la precedente" in Versioni.
  const [data, setData] = useState(todayIso);
  const [confronto, setConfronto] = useState<Confronto | null>(() => defaultConfronto(detail.elencoVersioni));

  useEffect(() => () => setNotice(null), [setNotice]);

  const select = (next: TabId) => navigate({ section: 'regolamenti', detail: String(detail.id), sub: next });
  const importa = (v: Versione) => {
    setNotice(null);
    navigate({ section: 'regolamenti', detail: String(detail.id), sub: `importa-${v.id}` });
  };

  const facts = [
    TIPO_LABEL[detail.tipo],
    organo.nome,
    countIt(detail.versioni, 'versione', 'versioni'),
    detail.ultimaModifica && `ultima modifica in vigore dal ${formatDate(detail.ultimaModifica)}`,
  ].filter(Boolean);

  return (
    <>
      <BackLink />
      <div className="reg-heading">
        <PageHeading title={detail.titolo}>{detail.titolo}</PageHeading>
      </div>
      <p className="reg-facts">
        {facts.join(' · ')}
        {detail.inAttesaDiTesto && (
          <span className="ms-2">
            <AttesaBadge />
          </span>
        )}
      </p>

      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}

      {detail.inAttesaDiTesto && <AttesaCallout versioni={detail.elencoVersioni} onImporta={importa} />}

      <Tabs tabs={TABS} selected={tab} onSelect={select} idPrefix="regolamento" label="Sezioni del regolamento" className="reg-tabs" panelClassName="reg-tab-panel" panelTabIndex={-1}>
        {tab === 'testo' && <TestoVigentePanel detail={detail} data={data} onData={setData} onImporta={importa} />}
        {tab === 'versioni' && (
          <VersioniPanel
            detail={detail}
            onImporta={importa}
            onVigente={(v) => {
              setData(v.vigenteDal);
              select('testo');
            }}
            onConfronta={(c) => {
              setConfronto(c);
              select('confronta');
            }}
          />
        )}
        {tab === 'confronta' && <ConfrontaPanel detail={detail} confronto={confronto} onConfronto={setConfronto} />}
        {tab === 'modifica' && (
          <NuovaVersione
            detail={detail}
            organo={organo}
            onImporta={importa}
            onCancel={() => select('testo')}
            onTestoIntegrale={() => navigate({ section: 'regolamenti', detail: String(detail.id), sub: 'nuovo-testo' })}
            onSaved={(next, vigenteDal) => {
              onChange(next);
              setConfronto(defaultConfronto(next.elencoVersioni));
              setData(vigenteDal);
              const added = next.elencoVersioni.find((v) => !detail.elencoVersioni.some((old) => old.id === v.id));
              setNotice(`Nuova versione registrata${added ? `: ${added.sintesi}` : ''}, in vigore dal ${formatDate(vigenteDal)}.`);
              select('versioni');
            }}
          />
        )}
      </Tabs>
    </>
  );
}
