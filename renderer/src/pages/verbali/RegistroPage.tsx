import { currentYear } from '../../clock';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { Organo } from '../../../../shared/domain/ente';
import type { VerbaleSummary } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { AddButton } from '../../components/AddButton';
import { DataTable } from '../../components/DataTable';
import { FormField } from '../../components/FormField';
import { PageHeading } from '../../components/PageHeading';
import { CallProgress } from '../../components/Progress';
import { Missing } from '../../components/sedute/labels';
import { LoadState, Notice, StatusAlert } from '../../components/StatusAlert';
import { StatoVerbaleBadge } from '../../components/verbali/labels';
import { NuovoVerbaleDialog } from '../../components/verbali/NuovoVerbaleDialog';
import { useFileAction } from '../../components/verbali/useFileAction';
import { fileRequest } from '../../download';
import { countIt, formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { toHash, useNavigation } from '../../store/navigation';
import { useNotice, useVerbali } from '../../store/verbali';

type Registro = ChannelOutput<'verbali.registroPagina'>;
type Riga = Registro['righe'][number];

const COLUMNS = ['Numero', 'Data', 'Oggetto', 'Stato'];
/** Numbers per page: a year of thousands of verbali is read a page at a time. */
const PAGE = 100;

/** #/verbali: the Registro dei verbali of the chosen year, every number in order, gaps included. */
export function RegistroPage({ organo }: { organo: Organo }) {
  const navigate = useNavigation((s) => s.navigate);
  const anno = useVerbali((s) => s.anno);
  const setAnno = useVerbali((s) => s.setAnno);
  const notice = useNotice('registro');
  const notify = useVerbali((s) => s.notify);
  const clearNotice = useVerbali((s) => s.clearNotice);
  const [pagina, setPagina] = useState({ anno, da: 1 });
  const da = pagina.anno === anno ? pagina.da : 1;
  const registro = useLoad(useCallback(() => invoke('verbali.registroPagina', { organoId: organo.id, anno, da, limite: PAGE }), [organo.id, anno, da]));
  /** Years that have sedute: a verbale can be created for them even before the first one exists. */
  const [anniSedute, setAnniSedute] = useState<number[]>([]);
  /** While «Nuovo verbale» is open: the sedute of the year that already have a verbale (not annulled). */
  const [creating, setCreating] = useState<ReadonlySet<number> | null>(null);
  const stampa = useFileAction();

  useEffect(() => {
    void invoke('sedute.years', { organoId: organo.id }).then((r) => r.ok && setAnniSedute(r.value.map((y) => y.anno)));
  }, [organo.id]);

  const anni = useMemo(() => {
    const all = new Set([currentYear(), anno, ...anniSedute, ...(registro.value?.anni ?? [])]);
    return [...all].sort((a, b) => b - a);
  }, [anno, anniSedute, registro.value]);

  const startCreating = async () => {
    const result = await invoke('verbali.seduteConVerbale', { organoId: organo.id, anno });
    setCreating(new Set(result.ok ? result.value : []));
  };

  return (
    <>
      <PageHeading title="Registro dei verbali">Registro dei verbali</PageHeading>
      <p className="lead mb-5">{organo.nome}</p>

      <div className="d-flex flex-wrap align-items-end justify-content-between gap-3 mb-4 list-toolbar">
        <FormField
          name="anno"
          value={String(anno)}
          onChange={(value) => {
            clearNotice();
            setAnno(Number(value));
          }}
          error={undefined}
          label="Anno"
          options={anni.map((a) => ({ value: String(a), label: String(a) }))}
          className="year-select mb-0"
        />
        <div className="d-flex flex-wrap align-items-center gap-3">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={stampa.pending}
            onClick={() => void stampa.run(fileRequest('documenti.registro', { organoId: organo.id, anno }), 'open')}
          >
            Stampa registro (PDF)
          </button>
          <AddButton onClick={() => void startCreating()}>Nuovo verbale</AddButton>
        </div>
      </div>
      <CallProgress report={stampa.progress} label="Avanzamento del registro" />
      <StatusAlert error={stampa.error} success={stampa.done} />
      <Notice text={notice} />

      {registro.value ? (
        <RegistroTable registro={registro.value} onPage={(next) => setPagina({ anno, da: next })} />
      ) : (
        <LoadState error={registro.error} onRetry={() => void registro.reload()} text="Caricamento del registro…" />
      )}

      {creating && (
        <NuovoVerbaleDialog
          organoId={organo.id}
          anno={anno}
          sedutaIdsConVerbale={creating}
          onClose={() => setCreating(null)}
          onCreated={(verbale) => {
            setCreating(null);
            notify(`verbale:${verbale.id}`, `Verbale n. ${verbale.numeroTesto} creato in bozza dalla seduta del ${formatDate(verbale.data)}.`);
            navigate({ section: 'verbali', detail: String(verbale.id) });
          }}
        />
      )}
    </>
  );
}

function RegistroTable({ registro, onPage }: { registro: Registro; onPage: (da: number) => void }) {
  const { anno, ultimo, mancanti, righe, da } = registro;
  const paged = ultimo > PAGE;
  const last = da + righe.length - 1;
  return (
    <>
      <p aria-live="polite">
        {ultimo === 0
          ? `Nessun verbale registrato nel ${anno}.`
          : `${countIt(ultimo, 'numero', 'numeri')} nel ${anno}${mancanti ? `, di cui ${countIt(mancanti, 'non presente', 'non presenti')} in archivio` : ''}.`}
        {paged && righe.length > 0 && ` Numeri da ${righe[0]!.numeroTesto} a ${righe.at(-1)!.numeroTesto}.`}
      </p>
      {righe.length > 0 && (
        <DataTable className="align-middle verbali-registro" columns={COLUMNS} aria-label="Registro dei verbali">
          {righe.map((r) => (r.verbale ? <VerbaleRow key={r.numero} verbale={r.verbale} /> : <GapRow key={r.numero} riga={r} />))}
        </DataTable>
      )}
      {paged && (
        <nav aria-label="Pagine del registro" className="d-flex gap-3">
          <button type="button" className="btn btn-outline-primary btn-sm" disabled={da <= 1} onClick={() => onPage(Math.max(1, da - PAGE))}>
            Numeri precedenti
          </button>
          <button type="button" className="btn btn-outline-primary btn-sm" disabled={last >= ultimo} onClick={() => onPage(da + PAGE)}>
            Numeri successivi
          </button>
        </nav>
      )}
    </>
  );
}

function GapRow({ riga }: { riga: Riga }) {
  return (
    <tr className="is-gap">
      <th scope="row" className="nowrap">
        {riga.numeroTesto}
      </th>
      <td>
        <Missing text="data non disponibile" />
      </td>
      <td className="fst-italic text-muted">non presente in archivio</td>
      <td>
        <Missing text="stato non disponibile" />
      </td>
    </tr>
  );
}

function VerbaleRow({ verbale: v }: { verbale: VerbaleSummary }) {
  return (
    <tr className={v.stato === 'annullato' ? 'is-annullato' : undefined}>
      <th scope="row" className="nowrap">
        <a href={toHash({ section: 'verbali', detail: String(v.id) })}>{v.numeroTesto}</a>
      </th>
      <td className="nowrap">{formatDate(v.data)}</td>
      <td className="verbali-oggetto">
        <span className={v.stato === 'annullato' ? 'text-decoration-line-through' : undefined}>{v.oggetto}</span>
        {v.stato === 'storico' && <span className="d-block small text-muted">Atto storico – testo non digitalizzato</span>}
        {v.stato === 'annullato' && (
          <span className="d-block small text-danger">Annullato{v.annullatoMotivo ? `: ${v.annullatoMotivo}` : ''}</span>
        )}
        {v.rettificaDi && (
          <span className="d-block small">
            Rettifica del{' '}
            <a href={toHash({ section: 'verbali', detail: String(v.rettificaDi.id) })}>verbale n. {v.rettificaDi.numeroTesto}</a>
          </span>
        )}
        {v.rettifiche.length > 0 && (
          <span className="d-block small">
            Rettificato da{' '}
            {v.rettifiche.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                <a href={toHash({ section: 'verbali', detail: String(r.id) })}>n. {r.numeroTesto}</a>
                {r.stato === 'annullato' && ' (annullata)'}
              </span>
            ))}
          </span>
        )}
      </td>
      <td className="nowrap">
        <StatoVerbaleBadge stato={v.stato} />
        {v.firmatiImportati > 0 && (
          <span className="d-block small text-muted mt-1">{countIt(v.firmatiImportati, 'file firmato', 'file firmati')}</span>
        )}
      </td>
    </tr>
  );
}
