import type { FormEvent } from 'react';
import { invoke } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { fromDrafts } from '../../components/regolamenti/importDraft';
import type { RegolamentoDetail, Versione } from '../../components/regolamenti/labels';
import { StatusAlert } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { useSubmit } from '../../hooks/useSubmit';
import { useNavigation } from '../../store/navigation';
import { useRegolamenti } from '../../store/regolamenti';
import { BackLink } from './BackLink';
import { ImportSteps, useImportDraft } from './ImportSteps';

interface CompletaTestoProps {
  detail: RegolamentoDetail;
  versione: Versione;
  onSaved: (detail: RegolamentoDetail) => void;
}

/**
 * #/regolamenti/ID/importa-V: the text of a version registered from the archive, imported from the
 * original document (the app never writes it itself), checked, then saved.
 */
export function CompletaTesto({ detail, versione, onSaved }: CompletaTestoProps) {
  const draft = useImportDraft();
  const save = useSubmit();
  const navigate = useNavigation((s) => s.navigate);
  const setNotice = useRegolamenti((s) => s.setNotice);
  const back = () => navigate({ section: 'regolamenti', detail: String(detail.id), sub: 'versioni' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.submit(() => invoke('regolamenti.completaTesto', { versioneId: versione.id, articoli: fromDrafts(draft.articoli) }), 'Testo salvato.');
    if (!result?.ok) return;
    onSaved(result.value);
    setNotice(`Testo della versione in vigore dal ${formatDate(versione.vigenteDal)} importato: ${draft.articoli.length} articoli.`);
    back();
  };

  const title = 'Importa il testo';
  return (
    <>
      <BackLink id={detail.id} titolo={detail.titolo} />
      <PageHeading title={`${title} – ${detail.titolo}`}>{title}</PageHeading>
      <p className="reg-facts">
        {detail.titolo}: versione in vigore dal {formatDate(versione.vigenteDal)} – {versione.sintesi}
        {versione.verbale && ` (verbale n. ${versione.verbale.numeroTesto})`}
      </p>

      {versione.testoDisponibile ? (
        <div className="alert alert-info">Il testo di questa versione è già presente.</div>
      ) : (
        <>
          <div className="callout note reg-callout">
            <div className="callout-inner">
              <p className="mb-0">
                Importare il documento originale approvato: l&apos;applicazione non ricostruisce mai un testo storico.
                {versione.tipo === 'modifica' &&
                  ' Questa versione modifica il testo precedente: il file deve contenere solo gli articoli modificati, nel loro nuovo testo (es. l’art. 6).'}
              </p>
            </div>
          </div>

          <ImportSteps idPrefix="completa" fileLabel="Scegli il file con il testo" draft={draft} onFileRead={save.reset} errors={save.error?.fields}>
            <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Salvataggio del testo" className="reg-step">
              <StatusAlert error={save.error} otherErrors={Object.values(save.error?.fields ?? {})} success={save.success} />
              <FormActions label="Salva il testo" disabled={save.pending} onCancel={back} />
            </form>
          </ImportSteps>
        </>
      )}
    </>
  );
}
