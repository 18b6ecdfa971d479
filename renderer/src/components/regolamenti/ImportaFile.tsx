import { useId, useState, type ChangeEvent } from 'react';
import type { AppError } from '../../../../shared/result';
import { useProgress } from '../../api/progress';
import { readFileBase64 } from '../../download';
import { Icon } from '../Icon';
import { CallProgress } from '../Progress';
import { StatusAlert, Loading } from '../StatusAlert';
import type { ImportResult } from './labels';

const ACCEPT = '.docx,.odt,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/plain';

interface ImportaFileProps {
  /** The button's text, e.g. "Scegli il file del regolamento". */
  label: string;
  onImported: (result: ImportResult, nomeFile: string) => void;
}

/**
 * The file chooser of every import: reads the file, sends it to regolamenti.importa and hands back
 * the split; a file the backend refuses (not what it claims, no articles) shows its reason.
 */
export function ImportaFile({ label, onImported }: ImportaFileProps) {
  const id = useId();
  const [state, setState] = useState<{ pending?: string; error?: AppError }>({});
  const { report, follow } = useProgress();

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again reads it again
    if (!file) return;
    setState({ pending: file.name });
    let base64: string;
    try {
      base64 = await readFileBase64(file);
    } catch {
      setState({ error: { code: 'VALIDATION', message: `Il file «${file.name}» non è leggibile.` } });
      return;
    }
    const result = await follow('regolamenti.importa', { nomeFile: file.name, base64 });
    if (!result.ok) return setState({ error: result.error });
    setState({});
    onImported(result.value, file.name);
  };

  return (
    <div className="importa-file">
      <input type="file" id={id} className="upload" accept={ACCEPT} disabled={!!state.pending} onChange={(e) => void read(e)} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>
        <Icon name="it-upload" className="icon-sm" />
        <span>{label}</span>
      </label>
      <small id={`${id}-hint`} className="form-text d-block mt-2">
        Formati accettati: Word (.docx), LibreOffice (.odt), testo semplice (.txt). Il testo viene diviso in articoli sulle
        intestazioni come «Art. 6 – Titolo»; prima di salvare si può controllare e correggere la divisione.
      </small>
      {state.pending && <Loading text={`Lettura di «${state.pending}» in corso…`} />}
      <CallProgress report={report} label="Avanzamento dell'importazione" />
      {state.error && (
        <div className="mt-3">
          <StatusAlert error={state.error} otherErrors={Object.values(state.error.fields ?? {})} />
        </div>
      )}
    </div>
  );
}
