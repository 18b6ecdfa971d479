import type { Organo } from '../../../../shared/domain/ente';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { Form } from '../../components/Form';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { EMPTY_SEDUTA, SedutaFields, toSedutaInput } from '../../components/sedute/SedutaFields';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { useNavigation } from '../../store/navigation';
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
      <BackLink to={{ section: 'sedute' }}>Elenco delle sedute</BackLink>
      <PageHeading title="Nuova seduta">Nuova seduta</PageHeading>
      <div className="row">
        <div className="col-xl-9">
          <Form
            form={form}
            showSuccess
            aria-label="Nuova seduta"
            onSubmit={form.handleSubmit((v) => invoke('sedute.create', toSedutaInput(organo.id, v)), 'Seduta registrata.', created)}
          >
            <SedutaFields bind={form.bind} organo={organo.nome} />
            <FormActions label="Salva la seduta" disabled={form.pending} onCancel={() => navigate({ section: 'sedute' })} />
          </Form>
        </div>
      </div>
    </>
  );
}
