import { versioneOption, VERSIONE_TIPO_LABEL, todayIso, type RegolamentoDetail, type Versione } from '../../components/regolamenti/labels';
import { Icon } from '../../components/Icon';
import { Timeline, TimelineItem } from '../../components/regolamenti/Timeline';
import { countIt, formatDate } from '../../format';
import { toHash } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { Allegati } from '../../components/allegati/Allegati';
import { AttesaBadge, ImportaTestoButton } from './Attesa';
import type { Confronto } from './ConfrontaPanel';

interface VersioniPanelProps {
  detail: RegolamentoDetail;
  onImporta: (v: Versione) => void;
  onVigente: (v: Versione) => void;
  onConfronta: (c: Confronto) => void;
}

/** The id of the version in force today: the last one that has taken effect. */
function inForceToday(versioni: readonly Versione[]): number | null {
  const today = todayIso();
  return versioni.filter((v) => v.vigenteDal <= today).at(-1)?.id ?? null;
}

/** The versions of a regolamento in order of entry into force, each with its approving verbale. */
export function VersioniPanel({ detail, onImporta, onVigente, onConfronta }: VersioniPanelProps) {
  const verbali = useRegolamenti((s) => s.verbali);
  const versioni = detail.elencoVersioni;
  const current = inForceToday(versioni);

  return (
    <>
      <p className="mb-4">
        Ogni versione entra in vigore alla sua data ed è approvata con un verbale della Conferenza. Una versione è immutabile quando il
        suo verbale è firmato.
      </p>
      <Timeline label="Versioni del regolamento">
        {versioni.map((v, i) => {
          const verbale = v.verbale && verbali?.find((x) => x.id === v.verbale!.id);
          const previousWithText = versioni.slice(0, i).filter((p) => p.testoDisponibile).at(-1);
          return (
            <TimelineItem key={v.id} date={formatDate(v.vigenteDal)} dateTime={v.vigenteDal} highlight={v.id === current}>
              <div className="versione-card">
                <h3 className="h6 versione-title">
                  <span className="badge versione-tipo me-2">{VERSIONE_TIPO_LABEL[v.tipo]}</span>
                  {v.sintesi}
                  {v.id === current && <span className="badge badge-oggi ms-2">In vigore oggi</span>}
                </h3>
                <p className="mb-2">
                  {v.verbale ? (
                    <>
                      Approvata con il{' '}
                      <a href={toHash({ section: 'verbali', detail: String(v.verbale.id) })}>verbale n. {v.verbale.numeroTesto}</a>
                      {verbale && ` del ${formatDate(verbale.data)}`}
                    </>
                  ) : (
                    <span className="text-muted">Verbale di approvazione non indicato</span>
                  )}
                </p>
                <div className="d-flex flex-wrap align-items-center gap-2">
                  {v.immutabile && (
                    <span className="badge badge-immutabile" title="Verbale firmato: il testo di questa versione non può più essere modificato">
                      <Icon name="it-locked" className="icon-xs badge-icon" />
                      Immutabile
                      <span className="visually-hidden"> (verbale firmato)</span>
                    </span>
                  )}
                  {v.testoDisponibile ? (
                    <span className="small text-muted">
                      {v.tipo === 'modifica' ? countIt(v.articoli, 'articolo interessato', 'articoli interessati') : countIt(v.articoli, 'articolo', 'articoli')}
                    </span>
                  ) : (
                    <>
                      <AttesaBadge />
                      <ImportaTestoButton versione={v} onImporta={onImporta} small />
                    </>
                  )}
                </div>
                {v.testoDisponibile && (
                  <div className="d-flex flex-wrap gap-3 mt-2">
                    <button type="button" className="btn btn-link btn-compact px-0" onClick={() => onVigente(v)}>
                      Testo in vigore dal {formatDate(v.vigenteDal)}
                    </button>
                    {previousWithText && (
                      <button type="button" className="btn btn-link btn-compact px-0" onClick={() => onConfronta({ a: previousWithText.id, b: v.id })}>
                        Confronta con la versione precedente<span className="visually-hidden"> ({versioneOption(previousWithText)})</span>
                      </button>
                    )}
                  </div>
                )}
                <Allegati owner={{ tipo: 'versione', id: v.id }} titolo={`versione in vigore dal ${formatDate(v.vigenteDal)}`} />
              </div>
            </TimelineItem>
          );
        })}
      </Timeline>
    </>
  );
}
