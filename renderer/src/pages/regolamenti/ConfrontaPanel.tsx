import { useEffect, useId, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { FormField } from '../../components/FormField';
import { articoloTitle, versioneOption, type RegolamentoDetail, type Versione } from '../../components/regolamenti/labels';
import { DiffLegend, Segmenti, Testo } from '../../components/regolamenti/Testo';
import { LoadError, Loading } from '../../components/StatusAlert';
import { countIt } from '../../format';
import { invoke } from '../../api/client';

type Diff = ChannelOutput<'regolamenti.diff'>;
type DiffArticolo = Diff[number];

/** The two versions compared: a (from) and b (to). */
export interface Confronto {
  a: number;
  b: number;
}

/** By default the latest change: the last two versions that have their text. */
export function defaultConfronto(versioni: readonly Versione[]): Confronto | null {
  const withText = versioni.filter((v) => v.testoDisponibile);
  const b = withText.at(-1);
  const a = withText.at(-2);
  return a && b ? { a: a.id, b: b.id } : null;
}

/** The two choices of versions: where the comparison starts and where it ends. */
const ESTREMI = [
  { end: 'a', name: 'versioneA', label: 'Versione di partenza' },
  { end: 'b', name: 'versioneB', label: 'Versione di arrivo' },
] as const satisfies readonly { end: keyof Confronto; name: string; label: string }[];

const STATO_LABEL: Record<DiffArticolo['stato'], string> = {
  invariato: 'Invariato',
  modificato: 'Modificato',
  inserito: 'Inserito',
  eliminato: 'Eliminato',
};

interface ConfrontaPanelProps {
  detail: RegolamentoDetail;
  confronto: Confronto | null;
  onConfronto: (c: Confronto) => void;
}

/** The differences between the texts right after two versions, word by word, inline. */
export function ConfrontaPanel({ detail, confronto, onConfronto }: ConfrontaPanelProps) {
  const withText = detail.elencoVersioni.filter((v) => v.testoDisponibile);
  const [state, setState] = useState<{ diff?: Diff; error?: string; key?: string }>({});
  const [showAll, setShowAll] = useState(false);
  const toggleId = useId();
  const key = confronto ? `${confronto.a}-${confronto.b}` : '';

  useEffect(() => {
    if (!confronto) return;
    let current = true;
    void invoke('regolamenti.diff', { id: detail.id, versioneA: confronto.a, versioneB: confronto.b }).then((r) => {
      if (current) setState(r.ok ? { diff: r.value, key: `${confronto.a}-${confronto.b}` } : { error: r.error.message, key: `${confronto.a}-${confronto.b}` });
    });
    return () => {
      current = false;
    };
  }, [detail.id, confronto]);

  if (withText.length < 2 || !confronto) {
    return <p>Per confrontare servono almeno due versioni con il testo disponibile.</p>;
  }

  const options = withText.map((v) => ({ value: String(v.id), label: versioneOption(v) }));
  const diff = state.key === key ? state.diff : undefined;
  const counts = (stato: DiffArticolo['stato']) => diff?.filter((d) => d.stato === stato).length ?? 0;
  const shown = diff?.filter((d) => showAll || d.stato !== 'invariato') ?? [];

  return (
    <div className="confronta">
      <div className="row">
        {ESTREMI.map(({ end, name, label }) => (
          <FormField
            key={end}
            name={name}
            label={label}
            value={String(confronto[end])}
            onChange={(v) => onConfronto({ ...confronto, [end]: Number(v) })}
            error={undefined}
            options={options}
            className="col-lg-6"
          />
        ))}
      </div>

      {state.error && state.key === key ? (
        <LoadError message={state.error} />
      ) : !diff ? (
        <Loading text="Confronto in corso…" />
      ) : (
        <>
          <div className="d-flex flex-wrap justify-content-between align-items-center gap-3 mb-3">
            <p className="mb-0" aria-live="polite">
              {confronto.a === confronto.b
                ? 'La stessa versione: nessuna differenza.'
                : `${countIt(counts('modificato'), 'articolo modificato', 'articoli modificati')}, ${countIt(counts('inserito'), 'inserito', 'inseriti')}, ${countIt(
                    counts('eliminato'),
                    'eliminato',
                    'eliminati',
                  )}; ${countIt(counts('invariato'), 'invariato', 'invariati')}.`}
            </p>
            <div className="form-check mb-0">
              <input id={toggleId} type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
              <label htmlFor={toggleId}>Mostra anche gli articoli invariati</label>
            </div>
          </div>
          <DiffLegend />
          {shown.length === 0 ? (
            <p className="text-muted">Nessun articolo cambiato tra le due versioni.</p>
          ) : (
            <ol className="articoli-vigenti diff-list">
              {shown.map((d) => (
                <DiffItem key={d.numero} item={d} />
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}

function DiffItem({ item }: { item: DiffArticolo }) {
  const titleId = useId();
  const articolo = item.stato === 'modificato' ? item.dopo : item.articolo;
  const rubricaChanged = item.stato === 'modificato' && item.rubrica.some((s) => s.tipo !== 'uguale');
  return (
    <li className={`articolo-vigente diff-${item.stato}`}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="articolo-title">
          {articoloTitle(articolo)}
          <span className={`badge diff-badge diff-badge-${item.stato} ms-2`}>{STATO_LABEL[item.stato]}</span>
        </h3>
        {item.stato === 'modificato' ? (
          <>
            {rubricaChanged && (
              <div className="mb-2">
                <span className="small text-muted">Rubrica: </span>
                <Segmenti segmenti={item.rubrica} className="d-inline" />
              </div>
            )}
            <Segmenti segmenti={item.testo} />
          </>
        ) : item.stato === 'inserito' ? (
          <Segmenti segmenti={[{ tipo: 'inserito', testo: item.articolo.testo }]} />
        ) : item.stato === 'eliminato' ? (
          <Segmenti segmenti={[{ tipo: 'eliminato', testo: item.articolo.testo }]} />
        ) : (
          <Testo testo={item.articolo.testo} />
        )}
      </article>
    </li>
  );
}
