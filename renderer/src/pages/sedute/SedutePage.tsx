import { LoadError, Loading } from '../../components/StatusAlert';
import { useNavigation } from '../../store/navigation';
import { useOrgano } from '../../store/sedute';
import { NuovaSeduta } from './NuovaSeduta';
import { SedutaPage } from './SedutaPage';
import { SeduteList } from './SeduteList';
import { StatistichePage } from './StatistichePage';

/**
 * The Sedute section: #/sedute (list by year), #/sedute/nuova, #/sedute/statistiche,
 * #/sedute/ID and #/sedute/ID/TAB (one seduta).
 */
export function SedutePage() {
  const { detail, sub } = useNavigation((s) => s.route);
  const { organo, error, retry } = useOrgano();

  if (!organo) return error ? <LoadError message={error} onRetry={retry} /> : <Loading />;
  if (detail === 'nuova') return <NuovaSeduta organo={organo} />;
  if (detail === 'statistiche') return <StatistichePage organo={organo} />;
  const id = Number(detail);
  if (detail && Number.isInteger(id) && id > 0) return <SedutaPage key={id} id={id} tab={sub} organo={organo} />;
  return <SeduteList organo={organo} />;
}
