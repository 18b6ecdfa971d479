import type { Operazione } from '../../../../shared/domain/archivio';
import { formatNumberIt } from '../../../../shared/italian/format';

/** The progress of a running operation: the bar, its percentage and what it is doing, announced politely. */
export function ProgressBar({ op, label }: { op: Operazione; label: string }) {
  const percent = formatNumberIt(op.percentuale, 0);
  return (
    <div className="my-3">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={op.percentuale}
        aria-valuetext={`${percent}%: ${op.fase}`}
      >
        <div className="progress-bar" style={{ width: `${op.percentuale}%` }} />
      </div>
      <p className="small mt-2 mb-0" aria-live="polite">
        {percent}% — {op.fase}
      </p>
    </div>
  );
}
