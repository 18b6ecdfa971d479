import { currentYear } from '../../clock';
import '../../components/regolamenti/regolamenti.css';
import './ricerca.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { AppError } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { invokeEarly } from '../../api/early';
import { FormField } from '../../components/FormField';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt } from '../../format';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti, type RicercaTipo } from '../../store/regolamenti';
import { Estratto } from './Estratto';

type Esito = ChannelOutput<'ricerca.trova'>;

const TIPI: { id: RicercaTipo; label: string; badge: string }[] = [
  { id: 'verbale', label: 'Verbali', badge: 'Verbale' },
  { id: 'regolamento', label: 'Regolamenti', badge: 'Regolamento' },
  { id: 'seduta', label: 'Sedute', badge: 'Seduta' },
];
const BADGE = Object.fromEntries(TIPI.map((t) => [t.id, t.badge])) as Record<RicercaTipo, string>;

/** The years offered by the filter: those with acts (one aggregate query), and the current one. */
function useAnni(): number[] {
  const [anni, setAnni] = useState<number[]>([]);
  useEffect(() => {
    void invoke('percorso.anni', {}).then((r) => r.ok && setAnni(r.value.map((a) => a.anno)));
  }, []);
  return [...new Set([currentYear(), ...anni])].sort((a, b) => b - a);
}

/** #/ricerca/PAROLE: full-text search over verbali, regolamenti (every version of every article) and sedute. */
export function RicercaPage() {
  const q = useNavigation((s) => s.route.detail) ?? '';
  const navigate = useNavigation((s) => s.navigate);
  const { ricercaTipi: tipi, ricercaAnno: anno, setRicercaFiltri } = useRegolamenti();
  const anni = useAnni();
  const [text, setText] = useState(q);
  const [state, setState] = useState<{ esito?: Esito; error?: AppError; key?: string }>({});
  const [run, setRun] = useState(0);
  const inputId = useId();

  useEffect(() => setText(q), [q]);

  const key = JSON.stringify([q, tipi, anno, run]);
  useEffect(() => {
    if (q.trim() === '' || tipi.length === 0) return;
    let current = true;
    // Every type chosen is the same as no filter.
    void invokeEarly('ricerca.trova', { q, tipi: tipi.length === TIPI.length ? [] : tipi, anno }).then((r) => {
      if (current) setState(r.ok ? { esito: r.value, key } : { error: r.error, key });
    });
    return () => {
      current = false;
    };
  }, [q, tipi, anno, key]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = text.trim();
    if (next === q) setRun((n) => n + 1);
    else navigate(next ? { section: 'ricerca', detail: next } : { section: 'ricerca' });
  };

  const toggleTipo = (tipo: RicercaTipo, on: boolean) =>
    setRicercaFiltri({ tipi: TIPI.map((t) => t.id).filter((t) => (t === tipo ? on : tipi.includes(t))) });

  const fieldError = state.key === key ? state.error?.fields?.q : undefined;
  const esito = state.key === key ? state.esito : undefined;
  const results = esito?.risultati;

  return (
    <>
      <PageHeading title="Ricerca">Ricerca nell&apos;archivio</PageHeading>
      <form className="ricerca-form" noValidate onSubmit={submit} aria-label="Parole e filtri della ricerca">
        <div className="ricerca-query">
          <div className="form-group mb-0 flex-grow-1">
            <label htmlFor={inputId} className="active">
              Parole da cercare
            </label>
            <input
              id={inputId}
              type="search"
              className={`form-control${fieldError ? ' is-invalid' : ''}`}
              value={text}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={`${inputId}-hint${fieldError ? ` ${inputId}-error` : ''}`}
              onChange={(e) => setText(e.target.value)}
            />
            <small id={`${inputId}-hint`} className="form-text">
              Accenti e maiuscole non contano: «citta» trova anche «città». Una parola trova anche quelle che iniziano così.
            </small>
            {fieldError && (
              <div id={`${inputId}-error`} className="invalid-feedback d-block">
                {fieldError}
              </div>
            )}
          </div>
          <button type="submit" className="btn btn-primary">
            Cerca
          </button>
        </div>
        <div className="ricerca-filtri toolbar-row">
          <fieldset>
            <legend className="ricerca-legend">Cerca in</legend>
            <div className="d-flex flex-wrap gap-4">
              {TIPI.map((t) => (
                <div className="form-check" key={t.id}>
                  <input id={`${inputId}-${t.id}`} type="checkbox" checked={tipi.includes(t.id)} onChange={(e) => toggleTipo(t.id, e.target.checked)} />
                  <label htmlFor={`${inputId}-${t.id}`}>{t.label}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <FormField
            name="anno"
            label="Anno"
            value={anno === null ? '' : String(anno)}
            onChange={(v) => setRicercaFiltri({ anno: v ? Number(v) : null })}
            error={undefined}
            options={[{ value: '', label: 'Tutti gli anni' }, ...anni.map((a) => ({ value: String(a), label: String(a) }))]}
            className="ricerca-anno mb-0"
          />
        </div>
      </form>

      <section aria-labelledby="risultati-title" className="risultati">
        <h2 id="risultati-title" className="visually-hidden">
          Risultati
        </h2>
        {q.trim() === '' ? (
          <p className="text-muted">Scrivere una o più parole: la ricerca riguarda il testo dei verbali, gli articoli dei regolamenti e le sedute.</p>
        ) : tipi.length === 0 ? (
          <p>Scegliere almeno un tipo di documento in cui cercare.</p>
        ) : state.key === key && state.error && !fieldError ? (
          <LoadError message={state.error.message} onRetry={() => setRun((n) => n + 1)} />
        ) : fieldError ? null : !results ? (
          <Loading text="Ricerca in corso…" />
        ) : (
          <>
            <p className="risultati-count" aria-live="polite">
              {results.length === 0
                ? `Nessun risultato per «${q}».`
                : esito!.ordine === 'recenti'
                  ? `${countIt(results.length, 'risultato', 'risultati')} per «${q}», i più recenti.`
                  : `${countIt(results.length, 'risultato', 'risultati')} per «${q}»${results.length >= 50 ? ' (i primi 50, in ordine di pertinenza)' : ', in ordine di pertinenza'}.`}
            </p>
            {esito!.ordine === 'recenti' && (
              <p className="risultati-nota">
                Le parole cercate compaiono in moltissimi documenti: i risultati sono mostrati dal più recente, non in ordine di
                pertinenza. Aggiungere altre parole o scegliere un anno per restringere la ricerca.
              </p>
            )}
            <ol className="risultati-list">
              {results.map((r, i) => (
                <li key={`${r.tipo}-${r.id}-${i}`} className="risultato">
                  <div className="risultato-meta">
                    <span className={`badge tipo-badge tipo-${r.tipo}`}>{BADGE[r.tipo]}</span>
                    {r.anno !== null && <span>{r.anno}</span>}
                    {r.vigente !== null && (
                      <span className={`badge ${r.vigente ? 'badge-vigente' : 'badge-non-vigente'}`}>{r.vigente ? 'Vigente' : 'Non vigente'}</span>
                    )}
                  </div>
                  <h3 className="risultato-title">
                    <a href={r.link}>{r.titolo}</a>
                  </h3>
                  {r.estratto && <Estratto estratto={r.estratto} />}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
