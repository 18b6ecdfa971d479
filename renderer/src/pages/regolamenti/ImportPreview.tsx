import { ArticoliEditor } from '../../components/regolamenti/ArticoliEditor';
import type { DraftArticolo } from '../../components/regolamenti/importDraft';
import { FORMATO_LABEL, type ImportResult } from '../../components/regolamenti/labels';
import { countIt } from '../../format';

interface ImportPreviewProps {
  nomeFile: string;
  result: ImportResult;
  articoli: DraftArticolo[];
  onChange: (articoli: DraftArticolo[]) => void;
  errors?: Record<string, string>;
  /** Heading level 2 text, e.g. "2. Controllo della divisione in articoli". */
  heading: string;
}

/** What the import read from a file, with the editable split: step 2 of ImportSteps. */
export function ImportPreview({ nomeFile, result, articoli, onChange, errors, heading }: ImportPreviewProps) {
  return (
    <section className="reg-step" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="h4">
        {heading}
      </h2>
      <p>
        File «{nomeFile}», {FORMATO_LABEL[result.formato]}: {countIt(result.articoli.length, 'articolo trovato', 'articoli trovati')}.
        Controllare numeri, rubriche e testi; correggere gli articoli divisi male prima di salvare.
      </p>
      {result.avvisi.length > 0 && (
        <div className="alert alert-warning" role="note" aria-labelledby="import-avvisi-title">
          <p id="import-avvisi-title" className="fw-semibold mb-1">
            Da controllare (lettura del file)
          </p>
          <ul className="mb-0">
            {result.avvisi.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
      {result.preambolo.trim() !== '' && (
        <details className="import-preambolo">
          <summary>Testo prima del primo articolo (non viene importato)</summary>
          <div className="testo-articolo">{result.preambolo}</div>
        </details>
      )}
      <ArticoliEditor articoli={articoli} onChange={onChange} errors={errors} />
    </section>
  );
}
