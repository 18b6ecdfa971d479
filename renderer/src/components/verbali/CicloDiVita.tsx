import { useState } from 'react';
import { verbaleAction, type VerbaleAction } from '../../../../shared/lifecycle';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { fileRequest } from '../../download';
import { formatDate } from '../../format';
import { toHash } from '../../store/navigation';
import { CallProgress } from '../Progress';
import { StatusAlert } from '../StatusAlert';
import { ApprovaDialog } from './ApprovaDialog';
import { AnnullaDialog, EsportaDialog, FirmaAutografaDialog, RettificaDialog, RitiraApprovazioneDialog } from './AzioniDialogs';
import { formatDateTime } from './labels';
import { useFileAction } from './useFileAction';

/** The actions of the life cycle that open a dialog, with their button. */
const BUTTONS = [
  { action: 'approva', label: 'Approva', primary: true },
  { action: 'esporta', label: 'Esporta per la firma', primary: true },
  { action: 'firmaAutografa', label: 'Registra la firma autografa', primary: false },
  { action: 'rettifica', label: 'Redigi rettifica', primary: false },
  { action: 'ritiraApprovazione', label: 'Ritira l’approvazione', primary: false, danger: true },
  { action: 'annulla', label: 'Annulla verbale', primary: false, danger: true },
] as const satisfies readonly { action: VerbaleAction; label: string; primary: boolean; danger?: boolean }[];
type Asking = (typeof BUTTONS)[number]['action'] | null;

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
  { stato: 'esportato', label: 'Esportato per la firma' },
  { stato: 'firmato', label: 'Firmato' },
] as const;

/** Bozza → Approvato → Esportato per la firma → Firmato: the actions the shared life cycle allows now, and the PDF. */
export function CicloDiVita({ verbale, unsaved, onChange, onRettifica }: CicloDiVitaProps) {
  const [asking, setAsking] = useState<Asking>(null);
  const file = useFileAction();
  const { stato } = verbale;
  const pdf = fileRequest('verbali.pdf', { id: verbale.id });
  const close = () => setAsking(null);
  /** A dialog's onDone: the dialog closes, then the page takes the result. */
  const done = (message: (d: VerbaleDetail) => string) => (detail: VerbaleDetail) => {
    close();
    onChange(detail, message(detail));
  };
  const frozen = stato === 'esportato' || stato === 'firmato';
  const offered = BUTTONS.filter((b) => verbaleAction(b.action, stato).ok);
  // A draft written before the seduta was reopened is approved only once regenerated.
  const approvalBlocked = verbale.daRigenerare ? 'La seduta è stata riaperta dopo la stesura: rigenerare il verbale prima di approvarlo.' : null;

  return (
    <section className="verbale-ciclo" aria-label="Ciclo di vita del verbale">
      {STEPS.some((s) => s.stato === stato) && <Steps verbale={verbale} />}

      <div className="d-flex flex-wrap align-items-center gap-2 verbale-azioni">
        {offered.map((b) => (
          <button
            key={b.action}
            type="button"
            className={`btn btn-sm ${'danger' in b ? 'btn-outline-danger' : b.primary ? 'btn-primary' : 'btn-outline-primary'}`}
            disabled={b.action === 'approva' && approvalBlocked !== null}
            title={b.action === 'approva' ? (approvalBlocked ?? undefined) : undefined}
            onClick={() => setAsking(b.action)}
          >
            {b.label}
          </button>
        ))}
        {frozen ? (
          <>
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending} onClick={() => void file.run(pdf, 'save')}>
              Scarica PDF/A
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={file.pending} onClick={() => void file.run(pdf, 'open')}>
              Apri per stampare
            </button>
          </>
        ) : (
          stato !== 'storico' && (
            <button
              type="button"
              className="btn btn-outline-primary btn-sm ms-lg-auto"
              disabled={file.pending}
              onClick={() => void file.run(pdf, 'open')}
            >
              Anteprima PDF
            </button>
          )
        )}
      </div>
      {approvalBlocked && stato === 'bozza' && <p className="small text-danger mt-2 mb-0">{approvalBlocked}</p>}
      {file.pending && <p className="small text-muted mt-2 mb-0">Generazione del PDF in corso…</p>}
      <CallProgress report={file.progress} label="Avanzamento del documento" />
      <StatusAlert error={file.error} success={file.done} />

      {asking === 'approva' && (
        <ApprovaDialog
          verbale={verbale}
          unsaved={unsaved}
          onClose={close}
          onDone={done((d) => `Verbale n. ${d.numeroTesto} approvato: il testo non è più modificabile.`)}
        />
      )}
      {asking === 'esporta' && (
        <EsportaDialog
          verbale={verbale}
          onClose={close}
          onDone={(d) => {
            done(() => `Verbale n. ${d.numeroTesto} esportato per la firma: il PDF/A da firmare è conservato con la sua impronta.`)(d);
            void file.run(pdf, 'save');
          }}
        />
      )}
      {asking === 'firmaAutografa' && (
        <FirmaAutografaDialog
          verbale={verbale}
          onClose={close}
          onDone={done((d) => `Firma autografa del verbale n. ${d.numeroTesto} registrata: la scansione è archiviata.`)}
        />
      )}
      {asking === 'ritiraApprovazione' && (
        <RitiraApprovazioneDialog
          verbale={verbale}
          onClose={close}
          onDone={done((d) => `Approvazione del verbale n. ${d.numeroTesto} ritirata: il verbale è di nuovo in bozza.`)}
        />
      )}
      {asking === 'annulla' && (
        <AnnullaDialog
          verbale={verbale}
          onClose={close}
          onDone={done((d) => `Verbale n. ${d.numeroTesto} annullato: il numero resta nel registro con il motivo.`)}
        />
      )}
      {asking === 'rettifica' && (
        <RettificaDialog
          verbale={verbale}
          onClose={close}
          onDone={(d) => {
            close();
            onRettifica(d);
          }}
        />
      )}
    </section>
  );
}

function Steps({ verbale }: { verbale: VerbaleDetail }) {
  const current = STEPS.findIndex((s) => s.stato === verbale.stato);
  /** Signing ends the cycle: every step is then done. */
  const reached = verbale.stato === 'firmato' ? STEPS.length : current;
  const firma = verbale.firmaModo === 'autografa' ? 'firma autografa' : 'firma digitale';
  const detail: Record<(typeof STEPS)[number]['stato'], string> = {
    bozza: verbale.sedutaId === null ? `del ${formatDate(verbale.data)}` : `composta dalla seduta del ${formatDate(verbale.data)}`,
    approvato: verbale.approvatoIl ? `il ${formatDate(verbale.approvatoIl)}` : 'da approvare',
    esportato: verbale.esportatoIl ? `il ${formatDateTime(verbale.esportatoIl)}` : 'dopo l’approvazione',
    firmato: verbale.firmatoIl ? `il ${formatDate(verbale.firmatoIl)} (${firma})` : 'dopo l’esportazione',
  };
  return (
    <>
      <ol className="verbale-steps" aria-label="Stato del verbale">
        {STEPS.map((s, i) => (
          <li
            key={s.stato}
            className={i < reached ? 'is-done' : i === current ? 'is-current' : undefined}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="verbale-step-label">{s.label}</span>
            <span className="verbale-step-detail">{detail[s.stato]}</span>
          </li>
        ))}
      </ol>
      {verbale.approvatoPunto && (
        <p className="small verbale-step-note">
          Approvato il {formatDate(verbale.approvatoIl ?? verbale.approvatoPunto.data)} nella{' '}
          <a href={toHash({ section: 'sedute', detail: String(verbale.approvatoPunto.sedutaId), sub: 'odg' })}>
            seduta del {formatDate(verbale.approvatoPunto.data)}
          </a>
          , punto «{verbale.approvatoPunto.titolo}».
        </p>
      )}
    </>
  );
}
