import '../../components/regolamenti/regolamenti.css';
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { Timeline, TimelineItem } from '../../components/regolamenti/Timeline';
import { LoadError, Loading } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { useEnte } from '../../store/ente';

type Voce = ChannelOutput<'percorso.list'>[number];

const TIPO_LABEL: Record<Voce['tipo'], string> = { seduta: 'Seduta', verbale: 'Verbale', regolamento: 'Regolamento' };

interface Giorno {
  data: string;
  /** Entries of the day with the same description share it: a seduta and its verbale tell the same step. */
  gruppi: { descrizione: string; voci: Voce[] }[];
}

/** Chronological entries → years → days → entries sharing a description. */
function groupByYear(voci: readonly Voce[]): { anno: string; giorni: Giorno[] }[] {
  const anni: { anno: string; giorni: Giorno[] }[] = [];
  for (const voce of voci) {
    const anno = voce.data.slice(0, 4);
    let year = anni.at(-1);
    if (year?.anno !== anno) anni.push((year = { anno, giorni: [] }));
    let giorno = year.giorni.at(-1);
    if (giorno?.data !== voce.data) year.giorni.push((giorno = { data: voce.data, gruppi: [] }));
    const gruppo = giorno.gruppi.find((g) => g.descrizione === voce.descrizione);
    if (gruppo) gruppo.voci.push(voce);
    else giorno.gruppi.push({ descrizione: voce.descrizione, voci: [voce] });
  }
  return anni;
}

/** #/percorso, the home page: the Ambito's institutional path, from the insediamento to the latest acts. */
export function PercorsoPage() {
  const ente = useEnte((s) => s.ente);
  const [state, setState] = useState<{ voci?: Voce[]; error?: string }>({});

  const load = useCallback(async () => {
    setState({});
    const result = await invoke('percorso.list', {});
    setState(result.ok ? { voci: result.value } : { error: result.error.message });
  }, []);

  useEffect(() => void load(), [load]);

  const anni = state.voci ? groupByYear(state.voci) : [];

  return (
    <>
      <PageHeading title="Percorso istituzionale">Percorso istituzionale</PageHeading>
      <p className="lead percorso-intro">
        L&apos;{ente?.nome ?? 'Ambito Socio-Territoriale Lagonegrese Pollino'} riunisce 27 comuni dell&apos;area sud lucana. La sua
        storia è iniziata formalmente il 27 luglio 2016, quando si è insediata la Conferenza Istituzionale dei Sindaci ed è stato
        conferito al Comune di Viggianello il ruolo di Comune capofila.
      </p>
      <p className="percorso-hint">Le tappe in ordine di data: sedute, verbali, regolamenti e convenzioni, ciascuna con il collegamento al suo atto.</p>

      {state.error ? (
        <LoadError message={state.error} onRetry={() => void load()} />
      ) : !state.voci ? (
        <Loading text="Caricamento del percorso…" />
      ) : anni.length === 0 ? (
        <p>Nessuna tappa registrata.</p>
      ) : (
        <>
          {anni.length > 3 && (
            <nav aria-label="Anni del percorso" className="percorso-anni">
              <span className="me-2">Vai all&apos;anno:</span>
              {anni.map(({ anno }) => (
                <button
                  key={anno}
                  type="button"
                  className="btn btn-link btn-compact"
                  onClick={() => document.getElementById(`percorso-${anno}`)?.focus()}
                >
                  {anno}
                </button>
              ))}
            </nav>
          )}
          {anni.map(({ anno, giorni }) => (
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
        </>
      )}
    </>
  );
}
