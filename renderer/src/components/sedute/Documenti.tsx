import { useCallback, useState } from 'react';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import type { FileRequest } from '../../download';
import { useLoad } from '../../hooks/useLoad';
import { toHash } from '../../store/navigation';
import { StatusAlert } from '../StatusAlert';
import { StatoVerbaleBadge } from '../verbali/labels';
import { useFileAction, type FileMode } from '../verbali/useFileAction';

interface Mail {
  destinatari: number;
  senzaPec: string[];
}

/** The paperwork of a seduta: convocation (PDF/A and ready e-mail), sign-in sheet, its verbale and one estratto per item. */
export function Documenti({ detail }: { detail: SedutaDetail }) {
  const { seduta, punti } = detail;
  const sedutaId = seduta.id;
  const file = useFileAction();
  const [mail, setMail] = useState<Mail | null>(null);
  const verbale = useLoad(useCallback(() => invoke('verbali.bySeduta', { sedutaId }), [sedutaId]));

  const run = (call: Parameters<typeof file.run>[0], mode: FileMode = 'save') => {
    setMail(null);
    void file.run(call, mode);
  };
  const prepareMail = () =>
    run(async () => {
      const result = await invoke('documenti.convocazioneEml', { sedutaId });
      if (result.ok) setMail({ destinatari: result.value.destinatari, senzaPec: result.value.senzaPec });
      return result;
    });

  const v = verbale.value;
  const estrattiPossibili = v && v.stato !== 'annullato' && v.stato !== 'storico';

  return (
    <section aria-labelledby="documenti-title" className="seduta-documenti">
      <h2 id="documenti-title" className="h5">
        Documenti della seduta
      </h2>

      <h3 className="h6 mt-4">Convocazione</h3>
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary btn-sm" disabled={file.pending} onClick={() => run(() => invoke('documenti.convocazione', { sedutaId }))}>
          Scarica la lettera di convocazione (PDF/A)
        </button>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          disabled={file.pending}
          onClick={() => run(() => invoke('metadati.documento', { documento: 'convocazione', sedutaId }))}
        >
          Lettera con i metadati AgID (ZIP)
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending} onClick={prepareMail}>
          Prepara l’e-mail di convocazione (.eml)
        </button>
      </div>
      <p className="small text-muted mt-2 mb-0">
        L’e-mail si apre con il programma di posta: la lettera è allegata e le PEC dei comuni sono in copia nascosta (Ccn).
      </p>

      <h3 className="h6 mt-4">Foglio presenze</h3>
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending} onClick={() => run(() => invoke('documenti.foglioPresenze', { sedutaId }))}>
        Scarica il foglio presenze (PDF/A)
      </button>

      <h3 className="h6 mt-4">Verbale</h3>
      {verbale.error && <p className="text-danger">{verbale.error}</p>}
      {verbale.value === null && <p>Nessun verbale redatto per questa seduta: si compone dal Registro dei verbali.</p>}
      {v && (
        <p className="d-flex flex-wrap align-items-center gap-2">
          <a href={toHash({ section: 'verbali', detail: String(v.id) })}>Verbale n. {v.numeroTesto}</a>
          <StatoVerbaleBadge stato={v.stato} />
          {estrattiPossibili && (
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending} onClick={() => run(() => invoke('documenti.verbaleDocx', { id: v.id }))}>
              Copia di lavoro del verbale (.docx)
            </button>
          )}
        </p>
      )}

      {estrattiPossibili && punti.length > 0 && (
        <>
          <h3 className="h6 mt-4">Estratti del verbale</h3>
          <ul className="list-unstyled">
            {punti.map((p) => (
              <li key={p.id} className="mb-2">
                <button
                  type="button"
                  className="btn btn-outline-primary btn-sm"
                  disabled={file.pending}
                  aria-label={`Estratto del punto n. ${p.posizione} – ${p.titolo} (PDF/A)`}
                  onClick={() => run(() => invoke('documenti.estratto', { sedutaId, puntoId: p.id }))}
                >
                  Estratto del punto n. {p.posizione}
                </button>{' '}
                <button
                  type="button"
                  className="btn btn-outline-secondary btn-xs"
                  disabled={file.pending}
                  aria-label={`Estratto del punto n. ${p.posizione} con i metadati AgID (ZIP)`}
                  onClick={() => run(() => invoke('metadati.documento', { documento: 'estratto', sedutaId, puntoId: p.id }))}
                >
                  con metadati
                </button>{' '}
                <span>{p.titolo}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {seduta.stato === 'chiusa' && detail.chiusura && (
        <EstrattiComuni detail={detail} pending={file.pending} run={run} />
      )}

      {file.pending && <p className="small text-muted mt-2 mb-0">Generazione del documento in corso…</p>}
      <StatusAlert error={file.error} success={file.done} />
      {mail && <MailRecipients mail={mail} />}
    </section>
  );
}

/** A closed seduta's estratto for one member comune (chosen from the seduta's attendance), or for all of them in one ZIP. */
function EstrattiComuni({ detail, pending, run }: { detail: SedutaDetail; pending: boolean; run: (call: FileRequest) => void }) {
  const sedutaId = detail.seduta.id;
  const [comuneId, setComuneId] = useState(detail.presenze[0]?.comuneId ?? 0);
  return (
    <>
      <h3 className="h6 mt-4">Estratti per comune</h3>
      <p className="small text-muted">
        Per ogni comune: la sua presenza, il suo voto nelle votazioni palesi (delle votazioni segrete e unanimi solo l’esito) e i punti il cui titolo o
        descrizione ne riporta il nome.
      </p>
      <div className="d-flex flex-wrap align-items-end gap-2">
        <div>
          <label htmlFor="estratto-comune" className="form-label small mb-1">
            Comune
          </label>
          <select id="estratto-comune" className="form-select form-select-sm" value={comuneId} onChange={(e) => setComuneId(Number(e.target.value))}>
            {detail.presenze.map((p) => (
              <option key={p.comuneId} value={p.comuneId}>
                {p.comune}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-outline-primary btn-sm" disabled={pending} onClick={() => run(() => invoke('documenti.estrattoComune', { sedutaId, comuneId }))}>
          Scarica l’estratto per il comune (PDF/A)
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary btn-sm"
          disabled={pending}
          aria-label="Estratto per il comune con i metadati AgID (ZIP)"
          onClick={() => run(() => invoke('metadati.documento', { documento: 'estrattoComune', sedutaId, comuneId }))}
        >
          con metadati AgID (ZIP)
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" disabled={pending} onClick={() => run(() => invoke('documenti.estrattiComuniZip', { sedutaId }))}>
          Estratti per tutti i comuni (ZIP)
        </button>
      </div>
    </>
  );
}

function MailRecipients({ mail }: { mail: Mail }) {
  const pec = mail.destinatari === 1 ? '1 PEC' : `${mail.destinatari} PEC`;
  return (
    <div className={`alert ${mail.senzaPec.length ? 'alert-warning' : 'alert-info'} mt-2`}>
      <p className="mb-0">Destinatari in copia nascosta: {pec}.</p>
      {mail.senzaPec.length > 0 && (
        <p className="mb-0 mt-1">
          <strong>Senza PEC, non inclusi:</strong> {mail.senzaPec.join(', ')}. Indicarla nella scheda del comune (<a href={toHash({ section: 'comuni' })}>Comuni</a>).
        </p>
      )}
    </div>
  );
}
