import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { FileFirmato, VerbaleDetail } from '../../../../shared/domain/verbale';
import type { AppError } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { readFileBase64 } from '../../download';
import { verbaleAction } from '../../../../shared/lifecycle';
import { countIt } from '../../format';
import { useSubmit } from '../../hooks/useSubmit';
import { DataTable } from '../DataTable';
import { Missing } from '../sedute/labels';
import { StatusAlert } from '../StatusAlert';
import { formatDateTime } from './labels';
import { useFileAction } from './useFileAction';

interface FileFirmatiProps {
  verbale: VerbaleDetail;
  onChange: (detail: VerbaleDetail) => void;
}

/** A firmato verbale: the fingerprint of its PDF/A, the import of the file signed outside the app, the signed files kept. */
export function FileFirmati({ verbale, onChange }: FileFirmatiProps) {
  return (
    <section className="verbale-firmati" aria-labelledby="verbale-firmati-title">
      <h2 id="verbale-firmati-title" className="h4">
        PDF/A e file firmati
      </h2>
      {verbale.pdfSha256 && (
        <dl className="verbale-impronta">
          <dt>Impronta SHA-256 del PDF/A esportato</dt>
          <dd>
            <code className="verbale-sha">{verbale.pdfSha256}</code>
          </dd>
        </dl>
      )}
      {verbaleAction('importaFirmato', verbale.stato).ok && <ImportaFirmato verbale={verbale} onChange={onChange} />}
      {verbale.firmati.length === 0 ? (
        <p className="text-muted">Nessun file firmato archiviato.</p>
      ) : (
        <ul className="list-unstyled verbale-firmati-list" aria-label="File firmati archiviati">
          {verbale.firmati.map((f) => (
            <li key={f.id}>
              <FirmatoCard verbaleId={verbale.id} file={f} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ImportaFirmato({ verbale, onChange }: FileFirmatiProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const input = useRef<HTMLInputElement>(null);
  const { submit, pending, error, success } = useSubmit();
  const [readError, setReadError] = useState<AppError | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setReadError(null);
    let base64: string;
    try {
      base64 = await readFileBase64(file);
    } catch {
      setReadError({ code: 'VALIDATION', message: `Il file «${file.name}» non si può leggere dal disco.` });
      return;
    } finally {
      if (input.current) input.current.value = ''; // the same file can be chosen again
    }
    const result = await submit(
      () => invoke('verbali.importaFirmato', { id: verbale.id, nomeFile: file.name, base64 }),
      `File «${file.name}» importato: contiene esattamente il PDF/A esportato.`,
    );
    if (result?.ok) onChange(result.value);
  };

  const refusal = readError ?? error;

  return (
    <div className="verbale-importa">
      <input
        ref={input}
        type="file"
        id={inputId}
        className="upload"
        accept=".pdf,.p7m,application/pdf,application/pkcs7-mime"
        aria-describedby={hintId}
        disabled={pending}
        onChange={(e) => void onFile(e)}
      />
      <label htmlFor={inputId} className={pending ? 'disabled' : undefined}>
        <span>{pending ? 'Verifica della firma in corso…' : 'Importa file firmato (.pdf o .p7m)'}</span>
      </label>
      <small id={hintId} className="form-text d-block mt-2 mb-3">
        Il PDF/A firmato con la smart card (PAdES, .pdf) o la busta CAdES (.p7m). Si accetta solo se contiene esattamente il
        PDF/A esportato per questo verbale; la data della firma si legge dalla firma stessa.
      </small>
      {refusal ? (
        <div className="alert alert-danger verbale-rifiuto" role="alert">
          <p className="h6 mb-1">File firmato non accettato</p>
          <p className="mb-0">{refusal.message}</p>
        </div>
      ) : (
        <StatusAlert success={success} />
      )}
    </div>
  );
}

const FIRME_COLUMNS = ['Firmatario', 'Codice fiscale', 'Certificato emesso da', 'Data della firma', 'Verifica'];

const FORMATO_LABEL: Record<FileFirmato['formato'], string> = {
  PAdES: 'PAdES (firma nel PDF)',
  CAdES: 'CAdES (busta .p7m)',
  cartaceo: 'Scansione dell’originale cartaceo',
};

function FirmatoCard({ verbaleId, file }: { verbaleId: number; file: FileFirmato }) {
  const download = useFileAction();
  const cartaceo = file.formato === 'cartaceo';
  const integre = file.firme.filter((f) => f.digestValid && f.signatureValid).length;
  return (
    <article className="card verbale-firmato-card" aria-label={`File firmato ${file.nomeFile}`}>
      <div className="card-body">
        <div className="d-flex flex-wrap align-items-start justify-content-between gap-2">
          <div>
            <h3 className="h6 mb-1 verbale-firmato-nome">{file.nomeFile}</h3>
            <p className="small text-muted mb-0">
              {FORMATO_LABEL[file.formato]} · archiviato il {formatDateTime(file.importatoIl)}
              {!cartaceo && ` · ${countIt(file.firme.length, 'firma', 'firme')}, ${countIt(integre, 'integra', 'integre')}`}
            </p>
          </div>
          <button
            type="button"
            className="btn btn-outline-primary btn-xs"
            disabled={download.pending}
            onClick={() => void download.run(() => invoke('verbali.scaricaFirmato', { id: verbaleId, firmatoId: file.id }), 'save')}
          >
            Scarica<span className="visually-hidden">{` ${file.nomeFile}`}</span>
          </button>
        </div>
        <StatusAlert error={download.error} success={download.done} />
        {cartaceo ? (
          <p className="mt-3 mb-2">
            Copia digitalizzata dell’originale cartaceo firmato da {file.firme.map((f) => f.signerName).join(', ')}.
          </p>
        ) : (
          <>
        <DataTable className="table-sm mb-2" wrapperClassName="mt-3" columns={FIRME_COLUMNS} aria-label={`Firme di ${file.nomeFile}`}>
          {file.firme.map((f, i) => (
            <tr key={`${f.signerName}-${i}`}>
              <th scope="row" className="fw-semibold">
                {f.signerName}
              </th>
              <td>{f.fiscalCode || <Missing />}</td>
              <td className="small">{f.issuer}</td>
              <td>{f.signingTime ? formatDateTime(f.signingTime) : <Missing text="non indicata nella firma" />}</td>
              <td>
                {f.digestValid && f.signatureValid ? (
                  <span className="badge bg-success">Firma integra</span>
                ) : (
                  <span
                    className="badge bg-danger"
                    title={!f.digestValid ? 'L’impronta del contenuto non corrisponde' : 'La firma non corrisponde al certificato'}
                  >
                    Firma NON integra
                  </span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="small text-muted mb-1">Catena di certificazione e revoca non verificate (verifica offline).</p>
          </>
        )}
        <p className="small text-muted mb-0">
          SHA-256 del file firmato: <code className="verbale-sha">{file.sha256}</code>
        </p>
      </div>
    </article>
  );
}
