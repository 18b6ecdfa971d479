import { useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { AppError } from '../../../../shared/result';
import { FormActions } from '../../components/FormActions';
import { ImportaFile } from '../../components/regolamenti/ImportaFile';
import { toDrafts, type DraftArticolo } from '../../components/regolamenti/importDraft';
import type { ImportResult } from '../../components/regolamenti/labels';
import { StatusAlert } from '../../components/StatusAlert';
import { ImportPreview } from './ImportPreview';

/** What an import page holds: the file read, and its split into articles as the user fixes it. */
export function useImportDraft() {
  const [imported, setImported] = useState<{ result: ImportResult; nomeFile: string } | null>(null);
  const [articoli, setArticoli] = useState<DraftArticolo[]>([]);
  const load = (result: ImportResult, nomeFile: string) => {
    setImported({ result, nomeFile });
    setArticoli(toDrafts(result.articoli));
  };
  return { imported, articoli, setArticoli, load };
}

interface ImportStepsProps {
  /** Prefix of the file step's heading id ("import" → "import-file-title"). */
  idPrefix: string;
  /** The file button's text until a file is read, e.g. "Scegli il file del regolamento". */
  fileLabel: string;
  draft: ReturnType<typeof useImportDraft>;
  /** Each time a file is read, before the draft takes it: e.g. to clear the outcome of a previous save. */
  onFileRead: (result: ImportResult) => void;
  /** The backend's messages from the last save ("articoli.3.numero", "articoli"). */
  errors: Record<string, string> | undefined;
  /** The step that saves, shown once a file has been read. */
  children: ReactNode;
}

/**
 * The steps every import shares ("Importa regolamento", "Importa il testo", "Nuovo testo integrale"):
 * 1. the file; 2. what was read from it, with the editable split; then the page's own saving step.
 */
export function ImportSteps({ idPrefix, fileLabel, draft, onFileRead, errors, children }: ImportStepsProps) {
  const { imported } = draft;
  return (
    <>
      <section className="reg-step" aria-labelledby={`${idPrefix}-file-title`}>
        <h2 id={`${idPrefix}-file-title`} className="h4">
          1. Il file
        </h2>
        <ImportaFile
          label={imported ? 'Scegli un altro file' : fileLabel}
          onImported={(result, nomeFile) => {
            onFileRead(result);
            draft.load(result, nomeFile);
          }}
        />
      </section>

      {imported && (
        <>
          <ImportPreview
            heading="2. Controllo della divisione in articoli"
            nomeFile={imported.nomeFile}
            result={imported.result}
            articoli={draft.articoli}
            onChange={draft.setArticoli}
            errors={errors}
          />
          {children}
        </>
      )}
    </>
  );
}

/** The part of useForm a saving step shows. */
interface SavingForm {
  formRef: RefObject<HTMLFormElement | null>;
  error: AppError | null;
  otherErrors: string[];
  success: string | null;
  pending: boolean;
}

interface SaveStepProps {
  /** Id of the step's heading, which also names the form. */
  titleId: string;
  /** e.g. "3. Approvazione". */
  title: string;
  form: SavingForm;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  onCancel: () => void;
  /** The form's fields. */
  children: ReactNode;
}

/** The last step of an import that asks for data (title, approval): its form, outcome and buttons. */
export function SaveStep({ titleId, title, form, onSubmit, submitLabel, onCancel, children }: SaveStepProps) {
  return (
    <section className="reg-step" aria-labelledby={titleId}>
      <h2 id={titleId} className="h4">
        {title}
      </h2>
      <form ref={form.formRef} noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
        <StatusAlert error={form.error} otherErrors={form.otherErrors} success={form.success} />
        {children}
        <FormActions label={submitLabel} disabled={form.pending} onCancel={onCancel} />
      </form>
    </section>
  );
}
