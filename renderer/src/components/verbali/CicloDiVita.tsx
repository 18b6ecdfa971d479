import { useState } from 'react';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { fileRequest } from '../../download';
import { formatDate } from '../../format';
import { toHash } from '../../store/navigation';
import { StatusAlert } from '../StatusAlert';
import { ApprovaDialog } from './ApprovaDialog';
import { AnnullaDialog, FirmaDialog, RettificaDialog } from './AzioniDialogs';
import { formatDateTime } from './labels';
import { useFileAction } from './useFileAction';

type Asking = 'approva' | 'annulla' | 'firma' | 'rettifica' | null;

interface CicloDiVitaProps {
  verbale: VerbaleDetail;
  /** Labels of sections with text typed and not yet saved. */
  unsaved: readonly string[];
  onChange: (detail: VerbaleDetail, message: string) => void;
  /** A rettifica was created: the page opens it. */
  onRettifica: (rettifica: VerbaleDetail) => void;
}

const STEPS = [
  { stato: 'bozza', label: 'Bozza' },
  { stato: 'approvato', label: 'Approvato' },
  { stato: 'firmato', label: 'Firmato' },
] as const;

/** Bozza → Approvato → Firmato, with the actions the current state allows and the PDF buttons. */
export function CicloDiVita({ verbale, unsaved, onChange, onRettifica }: CicloDiVitaProps) {
  const [asking, setAsking] = useState<Asking>(null);
  const file = useFileAction();
  const { stato } = verbale;
  const pdf = fileRequest('verbali.pdf', { id: verbale.id });
  const close = () => setAsking(null);
  /** A dialog's onDone: the dialog closes, then the page takes the result. */
  const closeThen = (next: (detail: VerbaleDetail) => void) => (detail: VerbaleDetail) => {
    close();
    next(detail);
  };

  const onSigned = async (detail: VerbaleDetail) => {
    onChange(detail, `Verbale n. ${detail.numeroTesto} segnato come firmato: il testo è congelato e il PDF/A definitivo è stato esportato.`);
    await file.run(pdf, 'save');
  };

  return (
    <section className="verbale-ciclo" aria-label="Ciclo di vita del verbale">
      {(stato === 'bozza' || stato === 'approvato' || stato === 'firmato') && <Steps verbale={verbale} />}

      <div className="d-flex flex-wrap align-items-center gap-2 verbale-azioni">
        {(stato === 'bozza' || stato === 'approvato') && (
          <>
            {stato === 'bozza' ? (
              <button type="button" className="btn btn-primary btn-sm" onClick={() => setAsking('approva')}>
                Approva
              </button>
            ) : (
              <button type="button" className="btn btn-primary btn-sm" onClick={() => setAsking('firma')}>
                Segna come firmato ed esporta il PDF/A
              </button>
            )}
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setAsking('annulla')}>
              Annulla verbale
            </button>
          </>
        )}
        {stato === 'firmato' && (
          <>
            <button type="button" className="btn btn-primary btn-sm" disabled={file.pending} onClick={() => void file.run(pdf, 'save')}>
              Scarica PDF/A
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending} onClick={() => void file.run(pdf, 'open')}>
              Apri per stampare
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setAsking('rettifica')}>
              Redigi rettifica
            </button>
          </>
        )}
        {stato !== 'firmato' && stato !== 'storico' && (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm ms-lg-auto"
            disabled={file.pending}
            onClick={() => void file.run(pdf, 'open')}
          >
            Anteprima PDF
          </button>
        )}
      </div>
      {file.pending && <p className="small text-muted mt-2 mb-0">Generazione del PDF in corso…</p>}
      <StatusAlert error={file.error} success={file.done} />

      {asking === 'approva' && (
        <ApprovaDialog
          verbale={verbale}
          unsaved={unsaved}
          onClose={close}
          onDone={closeThen((d) => onChange(d, `Verbale n. ${d.numeroTesto} approvato: il testo non è più modificabile.`))}
        />
      )}
      {asking === 'annulla' && (
        <AnnullaDialog
          verbale={verbale}
          onClose={close}
          onDone={closeThen((d) => onChange(d, `Verbale n. ${d.numeroTesto} annullato: il numero resta nel registro con il motivo.`))}
        />
      )}
      {asking === 'firma' && <FirmaDialog verbale={verbale} onClose={close} onDone={closeThen((d) => void onSigned(d))} />}
      {asking === 'rettifica' && <RettificaDialog verbale={verbale} onClose={close} onDone={closeThen(onRettifica)} />}
    </section>
  );
}

function Steps({ verbale }: { verbale: VerbaleDetail }) {
  const current = STEPS.findIndex((s) => s.stato === verbale.stato);
  /** Signing ends the cycle: every step is then done. */
  const done = verbale.stato === 'firmato' ? STEPS.length : current;
  const detail: Record<(typeof STEPS)[number]['stato'], string> = {
    bozza: `composta dalla seduta del ${formatDate(verbale.data)}`,
    approvato: verbale.approvatoIl
      ? `il ${formatDate(verbale.approvatoIl)}, ${verbale.approvazione === 'stessa_seduta' ? 'nella stessa seduta' : 'in una seduta successiva'}`
      : 'da approvare',
    firmato: verbale.firmatoIl ? `il ${formatDateTime(verbale.firmatoIl)}` : 'dopo l’approvazione',
  };
  if (verbale.sedutaId === null) detail.bozza = `del ${formatDate(verbale.data)}`;
  return (
    <>
      <ol className="verbale-steps" aria-label="Stato del verbale">
        {STEPS.map((s, i) => (
          <li
            key={s.stato}
            className={i < done ? 'is-done' : i === current ? 'is-current' : undefined}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="verbale-step-label">{s.label}</span>
            <span className="verbale-step-detail">{detail[s.stato]}</span>
          </li>
        ))}
      </ol>
      {verbale.approvatoPunto && (
        <p className="small verbale-step-note">
          Approvato nella{' '}
          <a href={toHash({ section: 'sedute', detail: String(verbale.approvatoPunto.sedutaId), sub: 'odg' })}>
            seduta del {formatDate(verbale.approvatoPunto.data)}
          </a>
          , punto «{verbale.approvatoPunto.titolo}».
        </p>
      )}
    </>
  );
}
