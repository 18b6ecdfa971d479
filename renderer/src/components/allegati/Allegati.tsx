import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AllegatiElenco, AllegatoOwner } from '../../../../shared/domain/allegato';
import { formatDimensione } from '../../../../shared/italian/format';
import type { AppError } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { readFileBase64 } from '../../download';
import { useSubmit } from '../../hooks/useSubmit';
import { useFileAction } from '../verbali/useFileAction';
import { StatusAlert } from '../StatusAlert';

const ACCEPT = '.pdf,.docx,.odt,.xlsx,.ods,.doc,.xls,.jpg,.jpeg,.png,.tif,.tiff';
const SCAN_ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff';

/**
 * The allegati of one act (an agenda item, a verbale, a regolamento version): lettered list with type, size and
 * download; added and removed while the act is open. A historic verbale only receives the scan of its paper original.
 */
export function Allegati({ owner, titolo }: { owner: AllegatoOwner; titolo: string }) {
  const [elenco, setElenco] = useState<AllegatiElenco | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const download = useFileAction();
  const removal = useSubmit();

  const load = useCallback(async () => {
    const result = await invoke('allegati.elenco', { owner });
    if (result.ok) setElenco(result.value);
    else setLoadError(result.error.message);
  }, [owner.tipo, owner.id]); // the owner by value: a new object with the same act does not reload
  useEffect(() => void load(), [load]);

  if (loadError) return <p className="text-danger small">{loadError}</p>;
  if (!elenco) return null;
  const rimovibile = elenco.aggiunta === 'libera';

  const remove = async (id: number, lettera: string) => {
    const result = await removal.submit(() => invoke('allegati.rimuovi', { id }), `Allegato ${lettera} rimosso.`);
    if (result?.ok) setElenco(result.value);
  };

  return (
    <section className="allegati mt-2" aria-label={`Allegati: ${titolo}`}>
      <h3 className="h6 mb-1">Allegati</h3>
      {elenco.allegati.length === 0 ? (
        <p className="small text-muted mb-1">Nessun allegato.</p>
      ) : (
        <ul className="list-unstyled small mb-1">
          {elenco.allegati.map((a) => (
            <li key={a.id} className="d-flex flex-wrap align-items-center gap-2">
              <span>
                <strong>Allegato {a.lettera}</strong> – {a.descrizione} ({a.tipo}, {formatDimensione(a.dimensione)})
                {a.copiaCartacea && <em> · copia digitalizzata dell’originale cartaceo</em>}
              </span>
              <button
                type="button"
                className="btn btn-outline-primary btn-xs"
                disabled={download.pending}
                onClick={() => void download.run(() => invoke('allegati.scarica', { id: a.id }), 'save')}
              >
                Scarica<span className="visually-hidden">{` l’allegato ${a.lettera}`}</span>
              </button>
              {rimovibile && (
                <button type="button" className="btn btn-outline-danger btn-xs" disabled={removal.pending} onClick={() => void remove(a.id, a.lettera)}>
                  Rimuovi<span className="visually-hidden">{` l’allegato ${a.lettera}`}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <StatusAlert error={download.error ?? removal.error} success={download.done ?? removal.success} />
      {elenco.aggiunta === 'chiusa' ? (
        elenco.motivo && <p className="small text-muted mb-0">{elenco.motivo}</p>
      ) : (
        <AggiungiAllegato owner={owner} copiaCartacea={elenco.aggiunta === 'copia_cartacea'} onAdded={setElenco} />
      )}
    </section>
  );
}

function AggiungiAllegato({ owner, copiaCartacea, onAdded }: { owner: AllegatoOwner; copiaCartacea: boolean; onAdded: (e: AllegatiElenco) => void }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [descrizione, setDescrizione] = useState(copiaCartacea ? 'Copia digitalizzata dell’originale cartaceo' : '');
  const [readError, setReadError] = useState<AppError | null>(null);
  const { submit, pending, error, success } = useSubmit();
  const fields = (readError ?? error)?.fields ?? {};
  const fileMessage = fields.file ?? fields.base64 ?? fields.nomeFile;
  const generic = (readError ?? error) && !fields.descrizione && !fileMessage ? (readError ?? error) : null;
  const label = copiaCartacea ? "Aggiungi la copia digitalizzata dell'originale cartaceo" : 'Aggiungi allegato';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setReadError(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setReadError({ code: 'VALIDATION', message: 'Scegliere il file da allegare.', fields: { file: 'Scegliere il file da allegare.' } });
      return;
    }
    let base64: string;
    try {
      base64 = await readFileBase64(file);
    } catch {
      const message = `Il file «${file.name}» non si può leggere dal disco.`;
      setReadError({ code: 'VALIDATION', message, fields: { file: message } });
      return;
    }
    const result = await submit(
      () => invoke('allegati.aggiungi', { owner, descrizione, nomeFile: file.name, base64, copiaCartacea }),
      `«${file.name}» allegato.`,
    );
    if (result?.ok) {
      onAdded(result.value);
      setDescrizione('');
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <form className="allegati-aggiungi d-flex flex-wrap align-items-start gap-2" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div>
        <label htmlFor={`${id}-descrizione`} className="form-label small mb-0">
          Descrizione dell’allegato
        </label>
        <input
          id={`${id}-descrizione`}
          className={`form-control form-control-sm${fields.descrizione ? ' is-invalid' : ''}`}
          value={descrizione}
          maxLength={300}
          aria-invalid={Boolean(fields.descrizione)}
          aria-describedby={fields.descrizione ? `${id}-descrizione-err` : undefined}
          onChange={(e) => setDescrizione(e.target.value)}
        />
        {fields.descrizione && <div id={`${id}-descrizione-err`} className="invalid-feedback">{fields.descrizione}</div>}
      </div>
      <div>
        <label htmlFor={`${id}-file`} className="form-label small mb-0">
          File da allegare
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          className={`form-control form-control-sm${fileMessage ? ' is-invalid' : ''}`}
          accept={copiaCartacea ? SCAN_ACCEPT : ACCEPT}
          aria-invalid={Boolean(fileMessage)}
          aria-describedby={`${id}-file-hint${fileMessage ? ` ${id}-file-err` : ''}`}
        />
        <small id={`${id}-file-hint`} className="form-text d-block">
          {copiaCartacea ? 'PDF o immagine (JPEG, PNG, TIFF)' : 'PDF, documenti (.docx .odt .xlsx .ods .doc .xls), immagini (JPEG PNG TIFF)'}, massimo 40 MB.
        </small>
        {fileMessage && <div id={`${id}-file-err`} className="invalid-feedback">{fileMessage}</div>}
      </div>
      <button type="submit" className="btn btn-outline-primary btn-sm mt-3" disabled={pending}>
        {pending ? 'Archiviazione…' : label}
      </button>
      <StatusAlert error={generic} success={success} />
    </form>
  );
}
