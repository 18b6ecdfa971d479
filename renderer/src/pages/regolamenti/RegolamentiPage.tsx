import '../../components/regolamenti/regolamenti.css';
import { LoadError, Loading } from '../../components/StatusAlert';
import { useNavigation } from '../../store/navigation';
import { useOrgano } from '../../store/sedute';
import { ImportaRegolamento } from './ImportaRegolamento';
import { RegolamentiList } from './RegolamentiList';
import { RegolamentoPage } from './RegolamentoPage';

/**
 * The Regolamenti section: #/regolamenti (list), #/regolamenti/importa (import a new one),
 * #/regolamenti/ID and #/regolamenti/ID/TAB (one regolamento: testo, versioni, confronta, modifica,
 * importa-VERSIONE, nuovo-testo).
 */
export function RegolamentiPage() {
  const { detail, sub } = useNavigation((s) => s.route);
  const { organo, error, retry } = useOrgano();

  if (!organo) return error ? <LoadError message={error} onRetry={retry} /> : <Loading />;
  if (detail === 'importa') return <ImportaRegolamento organo={organo} />;
  const id = Number(detail);
  if (detail && Number.isInteger(id) && id > 0) return <RegolamentoPage key={id} id={id} sub={sub} organo={organo} />;
  return <RegolamentiList />;
}
