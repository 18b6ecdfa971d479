import type { Operazione } from '../../../../shared/domain/archivio';
import { Progress } from '../../components/Progress';

/** The progress of a running archive operation. */
export function ProgressBar({ op, label }: { op: Operazione; label: string }) {
  return <Progress percent={op.percentuale} fase={op.fase} label={label} />;
}
