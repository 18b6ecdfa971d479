import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { EMPTY_SEDUTA, SedutaFields, toSedutaInput } from '../../components/sedute/SedutaFields';
import { StatusAlert } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { toHash, useNavigation } from '../../store/navigation';
import { useSedute } from '../../store/sedute';

/** #/sedute/nuova: a seduta convened; then its page opens on the agenda. */
export function NuovaSeduta({ organo }: { organo: Organo }) {
  const form = useForm(EMPTY_SEDUTA);
  const navigate = useNavigation((s) => s.navigate);

  const created = ({ seduta }: SedutaDetail) => {
    useSedute.setState({ anno: Number(seduta.data.slice(0, 4)), notice: `Seduta del ${formatDate(seduta.data)} registrata.` });
    navigate({ section: 'sedute', detail: String(seduta.id), sub: 'odg' });
  };

  return (
    <>
      <nav aria-label="Percorso" className="mb-2">
        <a href={toHash({ section: 'sedute' })}>Elenco delle sedute</a>
      </nav>
      <PageHeading title="Nuova seduta">Nuova seduta</PageHeading>
      <div className="row">
        <div className="col-xl-9">
          <form
            ref={form.formRef}
            noValidate
            aria-label="Nuova seduta"
            onSubmit={form.handleSubmit((v) => invoke('sedute.create', toSedutaInput(organo.id, v)), 'Seduta registrata.', created)}
          >
            <StatusAlert error={form.error} otherErrors={form.otherErrors} success={form.success} />
            <SedutaFields bind={form.bind} organo={organo.nome} />
            <div className="d-flex flex-wrap gap-2">
              <button type="submit" className="btn btn-primary" disabled={form.pending}>
                Salva la seduta
              </button>
              <button type="button" className="btn btn-outline-primary" onClick={() => navigate({ section: 'sedute' })}>
                Annulla
              </button>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
