import type { Organo } from '../../../../shared/domain/ente';
import { invoke } from '../../api/client';
import { FormField } from '../../components/FormField';
import { PageHeading } from '../../components/PageHeading';
import { ApprovazioneFields, approvazioneInput, EMPTY_APPROVAZIONE, useVerbaliApprovazione } from '../../components/regolamenti/ApprovazioneFields';
import { fromDrafts } from '../../components/regolamenti/importDraft';
import { TIPO_OPTIONS, type ImportResult, type RegolamentoTipo } from '../../components/regolamenti/labels';
import { useForm } from '../../hooks/useForm';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { BackLink } from './BackLink';
import { ImportSteps, SaveStep, useImportDraft } from './ImportSteps';

/** #/regolamenti/importa: a regolamento from a .docx, .odt or .txt file, its split checked and fixed, then saved. */
export function ImportaRegolamento({ organo }: { organo: Organo }) {
  const draft = useImportDraft();
  const approvazione = useVerbaliApprovazione(organo.id);
  const setNotice = useRegolamenti((s) => s.setNotice);
  const navigate = useNavigation((s) => s.navigate);
  const form = useForm({ titolo: '', tipo: 'regolamento', ...EMPTY_APPROVAZIONE });

  // A new file: the previous save's outcome goes; the title read from the file fills an empty one.
  const onFileRead = (result: ImportResult) => {
    form.reset();
    if (result.titolo) form.setValues((v) => ({ ...v, titolo: v.titolo || result.titolo! }));
  };

  const save = form.handleSubmit(
    (values) =>
      invoke('regolamenti.create', {
        titolo: values.titolo,
        organoId: organo.id,
        tipo: values.tipo as RegolamentoTipo,
        ...approvazioneInput(values),
        articoli: fromDrafts(draft.articoli),
      }),
    'Regolamento salvato.',
    (detail) => {
      setNotice(`«${detail.titolo}» salvato: ${detail.elencoVersioni[0]?.articoli ?? 0} articoli importati.`);
      navigate({ section: 'regolamenti', detail: String(detail.id) });
    },
  );

  return (
    <>
      <BackLink />
      <PageHeading title="Importa regolamento">Importa regolamento</PageHeading>

      <ImportSteps idPrefix="import" fileLabel="Scegli il file del regolamento" draft={draft} onFileRead={onFileRead} errors={form.error?.fields}>
        <SaveStep
          titleId="import-dati-title"
          title="3. Dati del regolamento"
          form={form}
          onSubmit={save}
          submitLabel="Salva"
          onCancel={() => navigate({ section: 'regolamenti' })}
        >
          <p className="organo-line-reg">
            <span className="fw-semibold">Organo:</span> {organo.nome}
          </p>
          <div className="row">
            <FormField {...form.bind('titolo')} label="Titolo" className="col-md-8" />
            <FormField {...form.bind('tipo')} label="Tipo" options={TIPO_OPTIONS} className="col-md-4" />
          </div>
          <ApprovazioneFields bind={form.bind} {...approvazione} />
        </SaveStep>
      </ImportSteps>
    </>
  );
}
