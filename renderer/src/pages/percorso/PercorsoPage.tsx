import '../../components/regolamenti/regolamenti.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { PercorsoCursore } from '../../../../shared/domain/regolamento';
import { invoke } from '../../api/client';
import { invokeEarly } from '../../api/early';
import { PageHeading } from '../../components/PageHeading';
import { Timeline, TimelineItem } from '../../components/regolamenti/Timeline';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt, formatDate } from '../../format';
import { useEnte } from '../../store/ente';

type Voce = ChannelOutput<'percorso.pagina'>['voci'][number];
type Anno = ChannelOutput<'percorso.anni'>[number];

const TIPO_LABEL: Record<Voce['tipo'], string> = { seduta: 'Seduta', verbale: 'Verbale', regolamento: 'Regolamento' };

interface Giorno {
  data: string;
  /** Entries of the day with the same description share it: a seduta and its verbale tell the same step. */
  gruppi: { descrizione: string; voci: Voce[] }[];
}

/**
 * The loaded entries (newest first) → years → days → entries sharing a description; within a day the entries come
 * latest act last (seduta, verbale, regolamento), so they are put in front as they arrive.
 */
function groupByYear(voci: readonly Voce[]): { anno: string; giorni: Giorno[] }[] {
  const anni: { anno: string; giorni: Giorno[] }[] = [];
  for (const voce of voci) {
    const anno = voce.data.slice(0, 4);
    let year = anni.at(-1);
    if (year?.anno !== anno) anni.push((year = { anno, giorni: [] }));
    let giorno = year.giorni.at(-1);
    if (giorno?.data !== voce.data) year.giorni.push((giorno = { data: voce.data, gruppi: [] }));
    const gruppo = giorno.gruppi.find((g) => g.descrizione === voce.descrizione);
    if (gruppo) gruppo.voci.unshift(voce);
    else giorno.gruppi.unshift({ descrizione: voce.descrizione, voci: [voce] });
  }
  return anni;
}

/** Before every entry of `anno` and of the years after it: the page that opens with that year. */
const fromYear = (anno: number): PercorsoCursore => ({ data: `${anno + 1}-01-01`, ord: 0, id: 0 });

interface Pagine {
  voci: Voce[];
  altre: boolean;
  /** The view was opened at this year (not at the latest entry). */
  daAnno: number | null;
}

/** #/percorso, the home page: the Ambito's institutional path, a page of steps at a time from the latest. */
export function PercorsoPage() {
  const ente = useEnte((s) => s.ente);
  const [pagine, setPagine] = useState<Pagine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [anni, setAnni] = useState<Anno[]>([]);
  const [focusYear, setFocusYear] = useState<string | null>(null);

  const open = useCallback(async (daAnno: number | null) => {
    setError(null);
    setPagine(null);
    const result = daAnno === null ? await invokeEarly('percorso.pagina', {}) : await invoke('percorso.pagina', { prima: fromYear(daAnno) });
    if (!result.ok) return setError(result.error.message);
    setPagine({ ...result.value, daAnno });
    if (daAnno !== null) setFocusYear(String(result.value.voci[0]?.data.slice(0, 4) ?? daAnno));
  }, []);

  useEffect(() => {
    void open(null).then(() => invoke('percorso.anni', {}).then((r) => r.ok && setAnni(r.value)));
  }, [open]);

  useEffect(() => {
    if (!focusYear || !document.getElementById(`percorso-${focusYear}`)) return;
    document.getElementById(`percorso-${focusYear}`)!.focus();
    setFocusYear(null);
  }, [focusYear, pagine]);

  const more = async () => {
    if (!pagine) return;
    setLoadingMore(true);
    const result = await invoke('percorso.pagina', { prima: pagine.voci.at(-1)!.cursore });
    setLoadingMore(false);
    if (!result.ok) return setError(result.error.message);
    setPagine({ ...pagine, voci: [...pagine.voci, ...result.value.voci], altre: result.value.altre });
  };

  const goToYear = (anno: number) => {
    if (pagine?.voci.some((v) => v.data.startsWith(String(anno)))) setFocusYear(String(anno));
    else void open(anno);
  };

  const gruppi = useMemo(() => (pagine ? groupByYear(pagine.voci) : []), [pagine]);

  return (
    <>
      <PageHeading title="Percorso istituzionale">Percorso istituzionale</PageHeading>
      <p className="lead percorso-intro">
        L&apos;{ente?.nome ?? 'Ambito Socio-Territoriale Lagonegrese Pollino'} riunisce 27 comuni dell&apos;area sud lucana. La sua
        storia è iniziata formalmente il 27 luglio 2016, quando si è insediata la Conferenza Istituzionale dei Sindaci ed è stato
        conferito al Comune di Viggianello il ruolo di Comune capofila.
      </p>
      <p className="percorso-hint">Le tappe dalla più recente: sedute, verbali, regolamenti e convenzioni, ciascuna con il collegamento al suo atto.</p>

      {anni.length > 3 && (
        <nav aria-label="Anni del percorso" className="percorso-anni">
          <span className="me-2">Vai all&apos;anno:</span>
          {anni.map(({ anno, sedute, verbali, regolamenti }) => (
            <button
              key={anno}
              type="button"
              className="btn btn-link btn-compact"
              title={countIt(sedute + verbali + regolamenti, 'tappa', 'tappe')}
              onClick={() => goToYear(anno)}
            >
              {anno}
            </button>
          ))}
        </nav>
      )}

      {error ? (
        <LoadError message={error} onRetry={() => void open(pagine?.daAnno ?? null)} />
      ) : !pagine ? (
        <Loading text="Caricamento del percorso…" />
      ) : gruppi.length === 0 ? (
        <p>Nessuna tappa registrata.</p>
      ) : (
        <>
          {pagine.daAnno !== null && (
            <button type="button" className="btn btn-outline-primary btn-sm mb-4" onClick={() => void open(null)}>
              Torna alle tappe più recenti
            </button>
          )}
          {gruppi.map(({ anno, giorni }) => (
            <section key={anno} className="percorso-anno" aria-labelledby={`percorso-${anno}`}>
              <h2 id={`percorso-${anno}`} className="percorso-anno-title" tabIndex={-1}>
                {anno}
              </h2>
              <Timeline>
                {giorni.map((g) => (
                  <TimelineItem key={g.data} date={formatDate(g.data)} dateTime={g.data}>
                    {g.gruppi.map((gruppo) => (
                      <div className="percorso-gruppo" key={gruppo.descrizione}>
                        {gruppo.descrizione && <p className="percorso-descrizione">{gruppo.descrizione}</p>}
                        <ul className="percorso-voci">
                          {gruppo.voci.map((v) => (
                            <li key={v.link + v.titolo}>
                              <span className={`badge tipo-badge tipo-${v.tipo}`}>{TIPO_LABEL[v.tipo]}</span>
                              <a href={v.link}>{v.titolo}</a>
                            </li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </TimelineItem>
                ))}
              </Timeline>
            </section>
          ))}
          {pagine.altre && (
            <button type="button" className="btn btn-outline-primary" disabled={loadingMore} onClick={() => void more()}>
              {loadingMore ? 'Caricamento…' : 'Mostra le tappe precedenti'}
            </button>
          )}
        </>
      )}
    </>
  );
}
