import { useCallback, useId, useState } from 'react';
import type { Organo } from '../../../../shared/domain/ente';
import type { Selezione, Versamento } from '../../../../shared/domain/conservazione';
import { invoke } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, LoadState, Loading, StatusAlert } from '../../components/StatusAlert';
import { STATO_VERBALE_LABEL, formatDateTime } from '../../components/verbali/labels';
import { useFileAction } from '../../components/verbali/useFileAction';
import { currentYear } from '../../clock';
import { saveFile } from '../../download';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { useOrgano } from '../../store/sedute';

type Tipo = Selezione['tipo'];
const TIPO_LABEL: Record<Tipo, string> = { anno: 'I verbali di un anno', verbale: 'Un verbale, con allegati e file firmati', regolamento: 'Le versioni di un regolamento' };

/** #/conservazione: pacchetti di versamento to the conservation system, their history, and the whole-archive export. */
export function ConservazionePage() {
  const { organo, error, retry } = useOrgano();
  const storico = useLoad(useCallback(() => invoke('versamenti.elenco', {}), []));
  if (!organo) return error ? <LoadError message={error} onRetry={retry} /> : <Loading />;
  return (
    <>
      <PageHeading title="Conservazione">Conservazione</PageHeading>
      <p>
        Gli atti fissati (verbali esportati per la firma o firmati, con allegati e file firmati) si versano al sistema di
        conservazione in un pacchetto di versamento: un file ZIP con i file, i loro metadati (Allegato 5 delle Linee Guida AgID)
        e l’indice nel formato UNI 11386 (SInCRO) con l’impronta SHA-256 di ogni file. L’applicazione registra ogni versamento e
        non lo modifica più.
      </p>
      <NuovoVersamento organo={organo} onDone={() => void storico.reload()} />
      <section aria-labelledby="versamenti-title" className="mt-5">
        <h2 id="versamenti-title" className="h4">
          Versamenti registrati
        </h2>
        {!storico.value ? (
          <LoadState error={storico.error} onRetry={() => void storico.reload()} text="Caricamento dei versamenti…" />
        ) : storico.value.length === 0 ? (
          <p className="text-muted">Nessun versamento registrato.</p>
        ) : (
          <Storico versamenti={storico.value} />
        )}
      </section>
      <EsportazioneCompleta />
    </>
  );
}

function NuovoVersamento({ organo, onDone }: { organo: Organo; onDone: () => void }) {
  const id = useId();
  const [tipo, setTipo] = useState<Tipo>('anno');
  const [anno, setAnno] = useState(currentYear);
  const [atto, setAtto] = useState<number | null>(null);
  const verbali = useLoad(useCallback(() => invoke('verbali.elenco', { organoId: organo.id }), [organo.id]));
  const regolamenti = useLoad(useCallback(() => invoke('regolamenti.list', {}), []));
  const { submit, pending, error, success } = useSubmit();
  const [esclusi, setEsclusi] = useState<string[]>([]);

  const selezione: Selezione | null = tipo === 'anno' ? { tipo, organoId: organo.id, anno } : atto === null ? null : { tipo, id: atto };

  const crea = async (s: Selezione) => {
    setEsclusi([]);
    const result = await submit(() => invoke('versamenti.crea', { selezione: s }), 'Pacchetto di versamento registrato e salvato.');
    if (result?.ok) {
      saveFile(result.value.file);
      setEsclusi(result.value.esclusi);
      onDone();
    }
  };

  const opzioni =
    tipo === 'verbale'
      ? (verbali.value ?? []).map((v) => ({ id: v.id, label: `n. ${v.numeroTesto} – ${v.oggetto} (${STATO_VERBALE_LABEL[v.stato]})` }))
      : (regolamenti.value ?? []).map((r) => ({ id: r.id, label: r.titolo }));

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4">
        Nuovo pacchetto di versamento
      </h2>
      <fieldset className="mb-3">
        <legend className="form-legend h6 mb-2">Che cosa versare</legend>
        <div className="d-flex flex-wrap gap-3">
          {(Object.keys(TIPO_LABEL) as Tipo[]).map((t) => (
            <div className="form-check form-check-inline verbali-radio" key={t}>
              <input
                type="radio"
                name={`${id}-tipo`}
                id={`${id}-${t}`}
                checked={tipo === t}
                onChange={() => {
                  setTipo(t);
                  setAtto(null);
                }}
              />
              <label htmlFor={`${id}-${t}`}>{TIPO_LABEL[t]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {tipo === 'anno' ? (
        <div className="form-group mb-3" style={{ maxWidth: '12rem' }}>
          <label htmlFor={`${id}-anno`} className="active">
            Anno
          </label>
          <input id={`${id}-anno`} type="number" className="form-control" value={anno} min={1990} max={2100} onChange={(e) => setAnno(Number(e.target.value))} />
        </div>
      ) : (
        <div className="select-wrapper mb-3" style={{ maxWidth: '40rem' }}>
          <label htmlFor={`${id}-atto`}>{tipo === 'verbale' ? 'Verbale' : 'Regolamento'}</label>
          <select id={`${id}-atto`} value={atto ?? ''} onChange={(e) => setAtto(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Scegliere…</option>
            {opzioni.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" className="btn btn-primary" disabled={pending || !selezione} onClick={() => selezione && void crea(selezione)}>
        {pending ? 'Preparazione del pacchetto…' : 'Crea il pacchetto di versamento'}
      </button>
      <div className="mt-3">
        <StatusAlert error={error} success={success} />
        {esclusi.length > 0 && (
          <div className="alert alert-warning" role="status">
            <p className="h6 mb-1">Atti non compresi nel pacchetto</p>
            <ul className="mb-0">
              {esclusi.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

const COLUMNS = ['Identificativo', 'Contenuto', 'Registrato', 'Operatore', 'File', { label: 'Azioni', hidden: true }];

function Storico({ versamenti }: { versamenti: readonly Versamento[] }) {
  const download = useFileAction();
  return (
    <>
      <DataTable className="align-middle" columns={COLUMNS} aria-label="Versamenti registrati">
        {versamenti.map((v) => (
          <tr key={v.id}>
            <td>{v.identificativo}</td>
            <td>{v.descrizione}</td>
            <td>{formatDateTime(v.creatoIl)}</td>
            <td>{v.operatore}</td>
            <td>{v.file}</td>
            <td>
              <button type="button" className="btn btn-outline-primary btn-xs" disabled={download.pending} onClick={() => void download.run(() => invoke('versamenti.scarica', { id: v.id }), 'save')}>
                Scarica di nuovo<span className="visually-hidden">{` il versamento ${v.identificativo}`}</span>
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <StatusAlert error={download.error} success={download.done} />
    </>
  );
}

function EsportazioneCompleta() {
  const download = useFileAction();
  return (
    <section aria-labelledby="esportazione-title" className="mt-5">
      <h2 id="esportazione-title" className="h4">
        Esportazione completa dell’archivio
      </h2>
      <p>
        Per chi subentra nella gestione o per un controllo: tutti gli atti con i file firmati, gli allegati e i metadati, i dati di
        sedute, presenze e votazioni in CSV, un indice con l’impronta SHA-256 di ogni file e un LEGGIMI.txt che ne spiega
        l’organizzazione. Si legge senza l’applicazione.
      </p>
      <button type="button" className="btn btn-outline-primary" disabled={download.pending} onClick={() => void download.run(() => invoke('esportazione.archivio', {}), 'save')}>
        {download.pending ? 'Esportazione in corso…' : 'Esporta l’intero archivio'}
      </button>
      <div className="mt-3">
        <StatusAlert error={download.error} success={download.done} />
      </div>
    </section>
  );
}
