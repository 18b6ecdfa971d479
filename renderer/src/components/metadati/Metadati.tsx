import { useCallback } from 'react';
import type { Metadato } from '../../../../shared/domain/conservazione';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { LoadState, StatusAlert } from '../StatusAlert';
import { formatDateTime } from '../verbali/labels';
import { useFileAction } from '../verbali/useFileAction';

const TIPO_LABEL: Record<Metadato['tipo'], string> = {
  verbale: 'PDF/A del verbale',
  firmato: 'File firmato',
  allegato: 'Allegato',
  estratto: 'Estratto',
  convocazione: 'Convocazione',
  testo_coordinato: 'Testo coordinato',
  copia_albo: 'Copia pubblicata all’albo',
  referto: 'Referto di pubblicazione',
};

const RUOLO_LABEL: Record<string, string> = {
  Autore: 'Autore',
  Operatore: 'Operatore',
  Produttore: 'Sistema',
  SoggettoCheEffettuaLaRegistrazione: 'Registrazione',
  Destinatario: 'Destinatario',
  Altro: 'Altro',
};

/**
 * On a verbale's page: the AgID metadata (Linee Guida, Allegato 5) of each of its documents, recorded when the act
 * was fixed, with the XML to download. Keyed by the verbale's state where it is used: it reloads when that changes.
 */
export function Metadati({ verbaleId }: { verbaleId: number }) {
  const dati = useLoad(useCallback(() => invoke('metadati.verbale', { id: verbaleId }), [verbaleId]));
  return (
    <section className="verbale-metadati" aria-labelledby="verbale-metadati-title">
      <h2 id="verbale-metadati-title" className="h4">
        Metadati
      </h2>
      <p className="small text-muted">
        I metadati del documento informatico secondo l’Allegato 5 delle Linee Guida AgID, registrati quando l’atto è fissato
        (esportazione per la firma, file firmato archiviato) e accompagnati al versamento in conservazione.
      </p>
      {!dati.value ? (
        <LoadState error={dati.error} onRetry={() => void dati.reload()} text="Caricamento dei metadati…" />
      ) : dati.value.length === 0 ? (
        <p className="text-muted">Nessun metadato: si registrano quando il verbale è esportato per la firma.</p>
      ) : (
        <ul className="list-unstyled" aria-label="Metadati dei documenti del verbale">
          {dati.value.map((m) => (
            <li key={`${m.tipo}-${m.riferimentoId}`}>
              <MetadatoCard metadato={m} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MetadatoCard({ metadato }: { metadato: Metadato }) {
  const download = useFileAction();
  const m = metadato.metadati;
  const ref = { tipo: metadato.tipo as 'verbale' | 'firmato' | 'allegato', id: metadato.riferimentoId };
  return (
    <article className="card mb-3" aria-label={`Metadati di ${m.nomeDelDocumento}`}>
      <div className="card-body">
        <div className="d-flex flex-wrap align-items-start justify-content-between gap-2">
          <h3 className="h6 mb-1">
            {TIPO_LABEL[metadato.tipo]}: {m.nomeDelDocumento}
          </h3>
          <button
            type="button"
            className="btn btn-outline-primary btn-xs"
            disabled={download.pending}
            onClick={() => void download.run(() => invoke('metadati.xml', ref), 'save')}
          >
            Scarica metadati (XML)<span className="visually-hidden">{` di ${m.nomeDelDocumento}`}</span>
          </button>
        </div>
        <dl className="row small mb-0">
          <dt className="col-sm-4">Identificativo</dt>
          <dd className="col-sm-8">{m.idDoc.identificativo}</dd>
          <dt className="col-sm-4">Impronta SHA-256</dt>
          <dd className="col-sm-8">
            <code className="verbale-sha">{m.idDoc.sha256}</code>
          </dd>
          <dt className="col-sm-4">Tipologia documentale</dt>
          <dd className="col-sm-8">{m.tipologiaDocumentale}</dd>
          {m.registrazione && (
            <>
              <dt className="col-sm-4">Registrazione</dt>
              <dd className="col-sm-8">
                {m.registrazione.tipoRegistro} n. {m.registrazione.numero} del {formatDate(m.registrazione.data)} ({m.registrazione.codiceRegistro})
              </dd>
            </>
          )}
          <dt className="col-sm-4">Oggetto</dt>
          <dd className="col-sm-8">{m.oggetto}</dd>
          <dt className="col-sm-4">Soggetti</dt>
          <dd className="col-sm-8">
            <ul className="list-unstyled mb-0">
              {m.soggetti.map((s, i) => (
                <li key={i}>
                  {RUOLO_LABEL[s.ruolo] ?? s.ruolo} ({s.tipoRuolo}): {s.denominazione}
                </li>
              ))}
            </ul>
          </dd>
          <dt className="col-sm-4">Formato</dt>
          <dd className="col-sm-8">
            {m.formato.descrizione} ({m.formato.mime})
          </dd>
          <dt className="col-sm-4">Versione</dt>
          <dd className="col-sm-8">{m.versioneDelDocumento}</dd>
          {m.modifiche.map((t) => (
            <FragmentModifica key={t.idDocPrecedente.identificativo} tipo={t.tipoModifica} atto={t.idDocPrecedente.identificativo} data={t.data} />
          ))}
          {m.documentoPrimario && (
            <>
              <dt className="col-sm-4">Documento principale</dt>
              <dd className="col-sm-8">{m.documentoPrimario.identificativo}</dd>
            </>
          )}
          <dt className="col-sm-4">Registrati</dt>
          <dd className="col-sm-8">{metadato.registratoIl ? `il ${formatDateTime(metadato.registratoIl)}` : 'non ancora: l’atto non è fissato'}</dd>
        </dl>
        <StatusAlert error={download.error} success={download.done} />
      </div>
    </article>
  );
}

function FragmentModifica({ tipo, atto, data }: { tipo: string; atto: string; data: string }) {
  return (
    <>
      <dt className="col-sm-4">{tipo}</dt>
      <dd className="col-sm-8">
        di {atto}, del {formatDate(data)}
      </dd>
    </>
  );
}
