import { Icon } from '../../components/Icon';
import type { Versione } from '../../components/regolamenti/labels';
import { formatDate } from '../../format';

export function AttesaBadge() {
  return <span className="badge badge-attesa">Testo in attesa di importazione</span>;
}

/** "Importa il testo" for one version whose text is not in the archive yet. */
export function ImportaTestoButton({ versione, onImporta, small }: { versione: Versione; onImporta: (v: Versione) => void; small?: boolean }) {
  return (
    <button type="button" className={`btn btn-primary ${small ? 'btn-compact' : 'btn-sm'}`} onClick={() => onImporta(versione)}>
      Importa il testo<span className="visually-hidden"> della versione in vigore dal {formatDate(versione.vigenteDal)}</span>
    </button>
  );
}

/**
 * An act registered from the archive: its text was never digitised, so the app says so and never
 * shows an invented text. Each version awaiting its text can be imported from the original file.
 */
export function AttesaCallout({ versioni, onImporta }: { versioni: readonly Versione[]; onImporta: (v: Versione) => void }) {
  const inAttesa = versioni.filter((v) => !v.testoDisponibile);
  return (
    <div className="callout warning reg-callout">
      <div className="callout-inner">
        <div className="callout-title">
          <Icon name="it-info-circle" />
          <span className="text">Testo in attesa di importazione</span>
        </div>
        <p>
          Questo atto è registrato nell&apos;archivio con la sua storia, ma il testo degli articoli non è ancora stato digitalizzato:
          importarlo dal documento originale (Word, LibreOffice o testo).
        </p>
        <AttesaList versioni={inAttesa} onImporta={onImporta} withVerbale />
      </div>
    </div>
  );
}

interface AttesaListProps {
  versioni: readonly Versione[];
  onImporta: (v: Versione) => void;
  /** Also the approving verbale of each version. */
  withVerbale?: boolean;
  className?: string;
}

/** Versions whose text is not in the archive yet, each with its date, its summary and "Importa il testo". */
export function AttesaList({ versioni, onImporta, withVerbale = false, className = '' }: AttesaListProps) {
  return (
    <ul className={`attesa-list ${className}`.trim()}>
      {versioni.map((v) => (
        <li key={v.id}>
          <span>
            In vigore dal {formatDate(v.vigenteDal)}: {v.sintesi}
            {withVerbale && v.verbale && ` (verbale n. ${v.verbale.numeroTesto})`}
          </span>
          <ImportaTestoButton versione={v} onImporta={onImporta} small />
        </li>
      ))}
    </ul>
  );
}
