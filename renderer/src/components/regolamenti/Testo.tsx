import type { Segmento } from '../../../../shared/regolamenti/diff';

/** An article's text as written: paragraphs and line breaks kept (CSS pre-wrap), never parsed as HTML. */
export function Testo({ testo, className = '' }: { testo: string; className?: string }) {
  return <div className={`testo-articolo ${className}`.trim()}>{testo}</div>;
}

/**
 * Word-level differences inline: insertions in <ins>, deletions in <del>, each announced to screen
 * readers (the two elements are not read out by default).
 */
export function Segmenti({ segmenti, className = '' }: { segmenti: readonly Segmento[]; className?: string }) {
  return (
    <div className={`testo-articolo testo-diff ${className}`.trim()}>
      {segmenti.map((s, i) =>
        s.tipo === 'uguale' ? (
          <span key={i}>{s.testo}</span>
        ) : s.tipo === 'inserito' ? (
          <ins key={i}>
            <span className="visually-hidden">[testo inserito: </span>
            {s.testo}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[testo eliminato: </span>
            {s.testo}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </div>
  );
}

/** The key to the colours of a comparison. */
export function DiffLegend() {
  return (
    <p className="diff-legend small">
      <span className="me-3">
        Legenda: <ins>testo inserito</ins>
      </span>
      <del>testo eliminato</del>
    </p>
  );
}
