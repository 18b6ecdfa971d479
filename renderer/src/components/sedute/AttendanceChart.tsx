import type { ChannelOutput } from '../../../../shared/contract/channels';
import { formatPercentIt } from '../../../../shared/italian/format';

type Riga = ChannelOutput<'statistiche.presenze'>['righe'][number];

const ratio = (r: Riga) => (r.sedute > 0 ? r.presenze / r.sedute : 0);

/**
 * Horizontal bars, one per comune: sedute attended out of sedute held. Drawn with CSS; to assistive
 * technology it is one image with a summary, the numbers being in the table that follows.
 */
/** `anno`: the year, or a period ("2018–2026"), named in the summary. */
export function AttendanceChart({ righe, anno }: { righe: Riga[]; anno: number | string }) {
  const best = righe.reduce((top, r) => Math.max(top, ratio(r)), 0);
  const summary =
    `Grafico a barre delle presenze per comune nel ${anno}: sedute partecipate su sedute tenute, ` +
    `da ${formatPercentIt(righe.reduce((low, r) => Math.min(low, ratio(r)), 1))} a ${formatPercentIt(best)}. ` +
    'I valori sono nella tabella delle presenze.';
  return (
    <figure className="attendance-chart">
      <div role="img" aria-label={summary}>
        {righe.map((r) => (
          <div className="chart-row" key={r.comuneId} title={`${r.comune}: ${r.presenze} su ${r.sedute}`}>
            <span className="chart-label">{r.comune}</span>
            <span className="chart-track">
              <span className={`chart-bar${ratio(r) >= 0.5 ? '' : ' is-low'}`} style={{ width: `${ratio(r) * 100}%` }} />
            </span>
            <span className="chart-value">
              {r.presenze}/{r.sedute}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="small text-muted mt-2">
        Barre: sedute a cui il comune ha partecipato (con il Sindaco o un delegato) sul totale delle sedute a cui era chiamato.
      </figcaption>
    </figure>
  );
}
