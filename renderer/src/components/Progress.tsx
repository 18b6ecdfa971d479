import { useEffect, useState } from 'react';
import { formatNumberIt } from '../../../shared/italian/format';
import type { ProgressReport } from '../../../shared/transport';

/** Calls shorter than this never show a bar: it would only flash. */
const SHOW_AFTER_MS = 300;

interface ProgressProps {
  /** 0..100 */
  percent: number;
  /** What the operation is doing, in the backend's words. */
  fase: string;
  /** The bar's accessible name, e.g. "Avanzamento della verifica". */
  label: string;
  /** Waits before appearing (for calls that usually end at once). */
  delayed?: boolean;
}

/** Bootstrap Italia's progress bar with its percentage and phase, announced politely. */
export function Progress({ percent, fase, label, delayed = false }: ProgressProps) {
  const [shown, setShown] = useState(!delayed);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  if (!shown) return null;
  const text = formatNumberIt(percent, 0);
  return (
    <div className="my-3">
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${text}%: ${fase}`}>
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="small mt-2 mb-0" aria-live="polite">
        {text}% — {fase}
      </p>
    </div>
  );
}

/** The progress of a followed call (see useProgress), once it has lasted long enough to be worth a bar. */
export function CallProgress({ report, label }: { report: ProgressReport | null; label: string }) {
  return report && <Progress percent={Math.round(report.done * 1000) / 10} fase={report.fase} label={label} delayed />;
}
