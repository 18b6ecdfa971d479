import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { formatPercentIt } from '../../../../shared/italian/format';
import { formatInteger } from '../../format';

/** The numero legale as the backend computed it: badge, the explaining sentence (announced live), population. */
export function QuorumSummary({ quorum }: { quorum: SedutaDetail['quorum'] }) {
  if (!quorum) return null;
  const share = quorum.popolazioneTotale > 0 ? quorum.popolazioneRappresentata / quorum.popolazioneTotale : 0;
  return (
    <div className={`quorum-summary ${quorum.raggiunto ? 'is-reached' : 'is-missing'}`}>
      <div className="d-flex flex-wrap align-items-center gap-3">
        <span className={`badge quorum-badge ${quorum.raggiunto ? 'bg-success' : 'bg-danger'}`}>
          {quorum.raggiunto ? 'Numero legale raggiunto' : 'Numero legale non raggiunto'}
        </span>
        <span className="quorum-count" aria-hidden="true">
          <strong>{quorum.presenti}</strong>/{quorum.membri} presenti
        </span>
      </div>
      <p className="quorum-frase mb-1" aria-live="polite">
        {quorum.frase}
      </p>
      <p className="small mb-0">
        Popolazione rappresentata: <strong>{formatInteger(quorum.popolazioneRappresentata)}</strong> abitanti su{' '}
        {formatInteger(quorum.popolazioneTotale)} ({formatPercentIt(share, 1)}).
      </p>
    </div>
  );
}
