import { useCallback, useState } from 'react';
import type { FileOut } from '../../../../shared/domain/verbale';
import type { ProgressReport } from '../../../../shared/transport';
import { openFile, saveFile, type FileRequest } from '../../download';
import { useSubmit } from '../../hooks/useSubmit';

export type FileMode = 'save' | 'open';

/**
 * A backend call that produces a file, then saves it or opens it for printing. Keeps the outcome to
 * show beside the buttons: the backend's error, or what happened to the file; `progress` while a document
 * named by fileRequest is produced.
 */
export function useFileAction() {
  const { submit, pending, error, reset } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressReport | null>(null);

  const run = useCallback(
    async (call: FileRequest, mode: FileMode): Promise<FileOut | null> => {
      setDone(null);
      const result = await submit(() => call(setProgress).finally(() => setProgress(null)), '');
      if (!result?.ok) return null;
      const file = result.value;
      if (mode === 'save') {
        saveFile(file);
        setDone(`File «${file.nomeFile}» salvato.`);
      } else if ((await openFile(file, call.reference)) === 'opened') {
        setDone(`«${file.nomeFile}» aperto nel visualizzatore PDF: stamparlo da lì.`);
      } else {
        setDone(`«${file.nomeFile}» salvato: aprirlo con il visualizzatore PDF per stamparlo.`);
      }
      return file;
    },
    [submit],
  );

  const clear = useCallback(() => {
    reset();
    setDone(null);
  }, [reset]);

  return { run, pending, error, done, progress, clear };
}
