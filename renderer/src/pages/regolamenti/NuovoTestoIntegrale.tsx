import type { Organo } from '../../../../shared/domain/ente';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { ApprovazioneFields, approvazioneInput, EMPTY_APPROVAZIONE, useVerbaliApprovazione } from '../../components/regolamenti/ApprovazioneFields';
import { fromDrafts } from '../../components/regolamenti/importDraft';
import type { RegolamentoDetail } from '../../components/regolamenti/labels';
import { dateToIso } from '../../components/sedute/inputs';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { BackLink } from './BackLink';
import { ImportSteps, SaveStep, useImportDraft } from './ImportSteps';

interface NuovoTestoIntegraleProps {
  detail: RegolamentoDetail;
  organo: Organo;
  onSaved: (detail: RegolamentoDetail) => void;
}

/** #/regolamenti/ID/nuovo-testo: a version that replaces the whole text (a rewrite), imported from a file. */
export function NuovoTestoIntegrale({ detail, organo, onSaved }: NuovoTestoIntegraleProps) {
  const draft = useImportDraft();
  const approvazione = useVerbaliApprovazione(organo.id);
  const setNotice = useRegolamenti((s) => s.setNotice);
  const navigate = useNavigation((s) => s.navigate);
  const form = useForm({ ...EMPTY_APPROVAZIONE });

  const back = (sub: string) => navigate({ section: 'regolamenti', detail: String(detail.id), sub });

  const save = form.handleSubmit(
    (values) =>
      invoke('regolamenti.aggiungiVersione', {
        regolamentoId: detail.id,
        tipo: 'testo_integrale',
        ...approvazioneInput(values),
        articoli: fromDrafts(draft.articoli),
      }),
    'Nuovo testo registrato.',
    (next) => {
      onSaved(next);
      setNotice(`Nuovo testo integrale registrato, in vigore dal ${formatDate(dateToIso(form.values.vigenteDal))}: ${draft.articoli.length} articoli.`);
      back('versioni');
    },
  );

  return (
    <>
      <BackLink id={detail.id} titolo={detail.titolo} />
      <PageHeading title={`Nuovo testo integrale – ${detail.titolo}`}>Nuovo testo integrale</PageHeading>
      <p className="reg-facts">
        {detail.titolo}: un nuovo testo che sostituisce per intero quello in vigore (le versioni precedenti restano consultabili).
      </p>

      <ImportSteps idPrefix="integrale" fileLabel="Scegli il file con il nuovo testo" draft={draft} onFileRead={form.reset} errors={form.error?.fields}>
        <SaveStep
          titleId="integrale-dati-title"
          title="3. Approvazione"
          form={form}
          onSubmit={save}
          submitLabel="Registra il nuovo testo"
          onCancel={() => back('modifica')}
        >
          <ApprovazioneFields bind={form.bind} {...approvazione} />
        </SaveStep>
      </ImportSteps>
    </>
  );
}
