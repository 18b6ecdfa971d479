import { useEffect, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import { invoke } from '../../api/client';
import { FormField } from '../../components/FormField';
import { PageHeading } from '../../components/PageHeading';
import { ApprovazioneFields, approvazioneInput, EMPTY_APPROVAZIONE } from '../../components/regolamenti/ApprovazioneFields';
import { ImportaFile } from '../../components/regolamenti/ImportaFile';
import { fromDrafts, toDrafts, type DraftArticolo } from '../../components/regolamenti/importDraft';
import { TIPO_OPTIONS, type ImportResult, type RegolamentoTipo } from '../../components/regolamenti/labels';
import { StatusAlert } from '../../components/StatusAlert';
import { useForm } from '../../hooks/useForm';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { BackLink } from './BackLink';
import { ImportPreview } from './ImportPreview';

/** #/regolamenti/importa: a regolamento from a .docx, .odt or .txt file, its split checked and fixed, then saved. */
export function ImportaRegolamento({ organo }: { organo: Organo }) {
  const [imported, setImported] = useState<{ result: ImportResult; nomeFile: string } | null>(null);
  const [articoli, setArticoli] = useState<DraftArticolo[]>([]);
  const { verbali, verbaliError, ensureVerbali, setNotice } = useRegolamenti();
  const navigate = useNavigation((s) => s.navigate);
  const form = useForm({ titolo: '', tipo: 'regolamento', ...EMPTY_APPROVAZIONE });

  useEffect(() => void ensureVerbali(organo.id, true), [ensureVerbali, organo.id]);

  const onImported = (result: ImportResult, nomeFile: string) => {
    setImported({ result, nomeFile });
    setArticoli(toDrafts(result.articoli));
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
        articoli: fromDrafts(articoli),
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

      <section className="reg-step" aria-labelledby="import-file-title">
        <h2 id="import-file-title" className="h4">
          1. Il file
        </h2>
        <ImportaFile label={imported ? 'Scegli un altro file' : 'Scegli il file del regolamento'} onImported={onImported} />
      </section>

      {imported && (
        <>
          <ImportPreview
            heading="2. Controllo della divisione in articoli"
            nomeFile={imported.nomeFile}
            result={imported.result}
            articoli={articoli}
            onChange={setArticoli}
            errors={form.error?.fields}
          />

          <section className="reg-step" aria-labelledby="import-dati-title">
            <h2 id="import-dati-title" className="h4">
              3. Dati del regolamento
            </h2>
            <form ref={form.formRef} noValidate onSubmit={save} aria-labelledby="import-dati-title">
              <StatusAlert error={form.error} otherErrors={form.otherErrors} success={form.success} />
              <p className="organo-line-reg">
                <span className="fw-semibold">Organo:</span> {organo.nome}
              </p>
              <div className="row">
                <FormField {...form.bind('titolo')} label="Titolo" className="col-md-8" />
                <FormField {...form.bind('tipo')} label="Tipo" options={TIPO_OPTIONS} className="col-md-4" />
              </div>
              <ApprovazioneFields bind={form.bind} verbali={verbali} verbaliError={verbaliError} />
              <div className="d-flex flex-wrap gap-2">
                <button type="submit" className="btn btn-primary" disabled={form.pending}>
                  Salva
                </button>
                <button type="button" className="btn btn-outline-primary" onClick={() => navigate({ section: 'regolamenti' })}>
                  Annulla
                </button>
              </div>
            </form>
          </section>
        </>
      )}
    </>
  );
}
