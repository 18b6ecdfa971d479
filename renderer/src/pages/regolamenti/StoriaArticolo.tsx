import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { diffTesti } from '../../../../shared/regolamenti/diff';
import { invoke } from '../../api/client';
import { Icon } from '../../components/Icon';
import { versioneMark } from '../../components/regolamenti/labels';
import { Segmenti, Testo } from '../../components/regolamenti/Testo';
import { Timeline, TimelineItem } from '../../components/regolamenti/Timeline';
import { LoadError, Loading } from '../../components/StatusAlert';
import { formatDate } from '../../format';

type Storia = ChannelOutput<'regolamenti.storiaArticolo'>;

interface StoriaArticoloProps {
  regolamentoId: number;
  numero: string;
  onClose: () => void;
}

/** The successive texts of one article, each with its version; from the second on, what changed. */
export function StoriaArticolo({ regolamentoId, numero, onClose }: StoriaArticoloProps) {
  const [state, setState] = useState<{ storia?: Storia; error?: string }>({});
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void invoke('regolamenti.storiaArticolo', { id: regolamentoId, numero }).then((r) => {
      if (current) setState(r.ok ? { storia: r.value } : { error: r.error.message });
    });
    return () => {
      current = false;
    };
  }, [regolamentoId, numero]);

  useEffect(() => titleRef.current?.focus(), []);

  return (
    <section className="detail-panel storia-panel" aria-labelledby="storia-title">
      <div className="d-flex justify-content-between align-items-start gap-2">
        <h2 id="storia-title" className="h4" ref={titleRef} tabIndex={-1}>
          Storia dell&apos;art. {numero}
        </h2>
        <button type="button" className="btn btn-link p-0" onClick={onClose}>
          <Icon name="it-close" className="icon-sm icon-primary" />
          <span className="visually-hidden">Chiudi la storia dell&apos;art. {numero}</span>
        </button>
      </div>
      {state.error ? (
        <LoadError message={state.error} />
      ) : !state.storia ? (
        <Loading />
      ) : state.storia.length === 0 ? (
        <p>Nessun testo registrato per questo articolo.</p>
      ) : (
        <Timeline label={`Versioni dell'art. ${numero}`}>
          {state.storia.map((s, i) => {
            const previous = i > 0 ? state.storia![i - 1]! : null;
            const changed = previous && !previous.abrogato && !s.abrogato && previous.testo !== s.testo;
            return (
              <TimelineItem key={s.versione.id} date={`dal ${formatDate(s.versione.vigenteDal)}`} dateTime={s.versione.vigenteDal}>
                <p className="articolo-mark mb-1">
                  {versioneMark(s.versione)}
                  {i === 0 ? ' · testo originario' : s.abrogato ? ' · abrogazione' : ' · modifica'}
                </p>
                {s.rubrica && <p className="fw-semibold mb-1">{s.rubrica}</p>}
                {s.abrogato ? (
                  <p className="abrogato-testo">(abrogato)</p>
                ) : changed ? (
                  <>
                    <p className="small text-muted mb-1">Differenze rispetto al testo precedente:</p>
                    <Segmenti segmenti={diffTesti(previous.testo, s.testo)} />
                  </>
                ) : (
                  <Testo testo={s.testo} />
                )}
              </TimelineItem>
            );
          })}
        </Timeline>
      )}
    </section>
  );
}
