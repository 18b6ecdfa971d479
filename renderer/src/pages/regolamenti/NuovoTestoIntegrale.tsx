import { useEffect, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import { invoke } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { ApprovazioneFields, approvazioneInput, EMPTY_APPROVAZIONE } from '../../components/regolamenti/ApprovazioneFields';
import { ImportaFile } from '../../components/regolamenti/ImportaFile';
import { fromDrafts, toDrafts, type DraftArticolo } from '../../components/regolamenti/importDraft';
import type { ImportResult, RegolamentoDetail } from '../../components/regolamenti/labels';
import { dateToIso } from '../../components/sedute/inputs';
import { StatusAlert } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { useForm } from '../../hooks/useForm';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { BackLink } from './BackLink';
import { ImportPreview } from './ImportPreview';

interface NuovoTestoIntegraleProps {
  detail: RegolamentoDetail;
  organo: Organo;
  onSaved: (detail: RegolamentoDetail) => void;
}

/** #/regolamenti/ID/nuovo-testo: a version that replaces the whole text (a rewrite), imported from a file. */
export function NuovoTestoIntegrale({ detail, organo, onSaved }: NuovoTestoIntegraleProps) {
  const [imported, setImported] = useState<{ result: ImportResult; nomeFile: string } | null>(null);
  const [articoli, setArticoli] = useState<DraftArticolo[]>([]);
  const { verbali, verbaliError, ensureVerbali, setNotice } = useRegolamenti();
  const navigate = useNavigation((s) => s.navigate);
  const form = useForm({ ...EMPTY_APPROVAZIONE });

  useEffect(() => void ensureVerbali(organo.id, true), [ensureVerbali, organo.id]);

  const back = (sub: string) => navigate({ section: 'regolamenti', detail: String(detail.id), sub });

  const save = form.handleSubmit(
    (values) =>
      invoke('regolamenti.aggiungiVersione', {
        regolamentoId: detail.id,
        tipo: 'testo_integrale',
        ...approvazioneInput(values),
        articoli: fromDrafts(articoli),
      }),
    'Nuovo testo registrato.',
    (next) => {
      onSaved(next);
      setNotice(`Nuovo testo integrale registrato, in vigore dal ${formatDate(dateToIso(form.values.vigenteDal))}: ${articoli.length} articoli.`);
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

      <section className="reg-step" aria-labelledby="integrale-file-title">
        <h2 id="integrale-file-title" className="h4">
          1. Il file
        </h2>
        <ImportaFile
          label={imported ? 'Scegli un altro file' : 'Scegli il file con il nuovo testo'}
          onImported={(result, nomeFile) => {
            form.reset();
            setImported({ result, nomeFile });
            setArticoli(toDrafts(result.articoli));
          }}
        />
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
          <section className="reg-step" aria-labelledby="integrale-dati-title">
            <h2 id="integrale-dati-title" className="h4">
              3. Approvazione
            </h2>
            <form ref={form.formRef} noValidate onSubmit={save} aria-labelledby="integrale-dati-title">
              <StatusAlert error={form.error} otherErrors={form.otherErrors} success={form.success} />
              <ApprovazioneFields bind={form.bind} verbali={verbali} verbaliError={verbaliError} />
              <div className="d-flex flex-wrap gap-2">
                <button type="submit" className="btn btn-primary" disabled={form.pending}>
                  Registra il nuovo testo
                </button>
                <button type="button" className="btn btn-outline-primary" onClick={() => back('modifica')}>
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
