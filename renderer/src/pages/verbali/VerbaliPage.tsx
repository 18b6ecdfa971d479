import '../../components/verbali/verbali.css';
import { LoadError, Loading } from '../../components/StatusAlert';
import { useNavigation } from '../../store/navigation';
import { useOrgano } from '../../store/sedute';
import { RegistroPage } from './RegistroPage';
import { VerbalePage } from './VerbalePage';

/** The Verbali section: #/verbali (the register of the chosen year) and #/verbali/ID (one verbale). */
export function VerbaliPage() {
  const detail = useNavigation((s) => s.route.detail);
  const { organo, error, retry } = useOrgano();

  if (!organo) return error ? <LoadError message={error} onRetry={retry} /> : <Loading />;
  const id = Number(detail);
  if (detail && Number.isInteger(id) && id > 0) return <VerbalePage key={id} id={id} organoNome={organo.nome} />;
  return <RegistroPage organo={organo} />;
}
