import { useCallback, useRef, useState } from 'react';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import type { AppError } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { NoteCallout } from '../../components/NoteCallout';
import { PageHeading } from '../../components/PageHeading';
import { LoadState, Notice, StatusAlert } from '../../components/StatusAlert';
import { RigeneraDialog } from '../../components/verbali/AzioniDialogs';
import { CicloDiVita } from '../../components/verbali/CicloDiVita';
import { FileFirmati } from '../../components/verbali/FileFirmati';
import { Allegati } from '../../components/allegati/Allegati';
import { PubblicazioniAtto } from '../../components/pubblicazioni/PubblicazioniAtto';
import { Metadati } from '../../components/metadati/Metadati';
import { formatDateTime, STATO_VERBALE_LABEL, sezioneLabel, StatoVerbaleBadge } from '../../components/verbali/labels';
import { Sezioni } from '../../components/verbali/Sezioni';
import { useSerial } from '../../components/verbali/serial';
import { formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { toHash, useNavigation } from '../../store/navigation';
import { useNotice, useVerbali } from '../../store/verbali';

function withoutKey(drafts: Record<string, string>, chiave: string): Record<string, string> {
  const next = { ...drafts };
  delete next[chiave];
  return next;
}

/** #/verbali/ID: one verbale, its life cycle and its text. */
export function VerbalePage({ id, organoNome }: { id: number; organoNome: string }) {
  const setAnno = useVerbali((s) => s.setAnno);
  const verbale = useLoad(
    useCallback(async () => {
      const result = await invoke('verbali.get', { id });
      if (result.ok) setAnno(result.value.anno); // back in the register, the verbale's year
      return result;
    }, [id, setAnno]),
  );

  if (!verbale.value) {
    return (
      <>
        <BackToRegistro />
        <PageHeading title="Verbale">Verbale</PageHeading>
        <LoadState error={verbale.error} onRetry={() => void verbale.reload()} text="Caricamento del verbale…" />
      </>
    );
  }
  return <VerbaleView detail={verbale.value} organoNome={organoNome} onChange={verbale.set} />;
}

function BackToRegistro() {
  return <BackLink to={{ section: 'verbali' }}>Registro dei verbali</BackLink>;
}

interface VerbaleViewProps {
  detail: VerbaleDetail;
  organoNome: string;
  onChange: (detail: VerbaleDetail) => void;
}

function VerbaleView({ detail, organoNome, onChange }: VerbaleViewProps) {
  const navigate = useNavigation((s) => s.navigate);
  const notice = useNotice(`verbale:${detail.id}`);
  const notify = useVerbali((s) => s.notify);
  const serial = useSerial();
  /** Texts typed and not yet saved, by section key; the ref is the truth at any instant (queued tasks read it). */
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const draftsRef = useRef(drafts);
  const updateDrafts = useCallback((update: (prev: Record<string, string>) => Record<string, string>) => {
    const next = update(draftsRef.current);
    if (next === draftsRef.current) return;
    draftsRef.current = next;
    setDrafts(next);
  }, []);
  const title = `Verbale n. ${detail.numeroTesto}`;

  const labelOf = (chiave: string): string => {
    const sezione = detail.sezioni.find((s) => s.chiave === chiave);
    return sezione ? sezioneLabel(sezione) : chiave;
  };
  const unsaved = Object.keys(drafts).map(labelOf);

  const onDraft = useCallback(
    (chiave: string, testo: string | null) =>
      updateDrafts((prev) => (testo === null ? (chiave in prev ? withoutKey(prev, chiave) : prev) : { ...prev, [chiave]: testo })),
    [updateDrafts],
  );

  const onSaved = useCallback(
    (value: VerbaleDetail, chiave: string, testo: string) => {
      onChange(value);
      // Text typed while the save was on its way stays as a draft.
      updateDrafts((prev) => (prev[chiave] === testo ? withoutKey(prev, chiave) : prev));
    },
    [onChange, updateDrafts],
  );

  const changed = (value: VerbaleDetail, message: string) => {
    onChange(value);
    notify(`verbale:${value.id}`, message);
  };

  return (
    <>
      <BackToRegistro />
      <div className="d-flex flex-wrap align-items-center gap-3 verbale-heading">
        <PageHeading title={title}>{title}</PageHeading>
        <StatoVerbaleBadge stato={detail.stato} className="verbale-stato-badge" />
      </div>
      <p className="verbale-facts">
        {organoNome}
        {' · '}
        {detail.sedutaId !== null ? (
          <a href={toHash({ section: 'sedute', detail: String(detail.sedutaId) })}>Seduta del {formatDate(detail.data)}</a>
        ) : (
          <>Atto del {formatDate(detail.data)}</>
        )}
      </p>
      <p className="lead verbale-oggetto">{detail.oggetto}</p>
      <p className="small">
        <a href={toHash({ section: 'modifiche', detail: 'verbale', sub: String(detail.id) })}>Registro delle modifiche di questo atto</a>
      </p>

      <Notice text={notice} />
      <Relations detail={detail} />
      <StatoNote detail={detail} />
      {detail.daRigenerare && detail.stato === 'bozza' && (
        <div className="alert alert-warning" role="alert">
          <strong>Bozza da rigenerare:</strong> la seduta è stata riaperta dopo la stesura di questa bozza. Usare «Rigenera dalla
          seduta» per comporla dai dati attuali, poi approvarla.
        </div>
      )}

      {detail.stato !== 'storico' && (
        <CicloDiVita
          verbale={detail}
          unsaved={unsaved}
          onChange={changed}
          onRettifica={(rettifica) => {
            notify(`verbale:${rettifica.id}`, `Rettifica n. ${rettifica.numeroTesto} creata in bozza, collegata al verbale n. ${detail.numeroTesto}.`);
            navigate({ section: 'verbali', detail: String(rettifica.id) });
          }}
        />
      )}

      {(detail.stato === 'esportato' || detail.stato === 'firmato') && <FileFirmati verbale={detail} onChange={onChange} />}
      <Allegati key={detail.stato} owner={{ tipo: 'verbale', id: detail.id }} titolo={`verbale n. ${detail.numeroTesto}`} />
      {detail.stato === 'firmato' && <PubblicazioniAtto verbale={detail} />}
      <Metadati key={`${detail.stato}-${detail.firmati.length}`} verbaleId={detail.id} />

      {detail.stato !== 'storico' && (
        <section className="verbale-testo-section" aria-labelledby="verbale-testo-title">
          <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
            <h2 id="verbale-testo-title" className="h4 mb-0">
              Testo del verbale
            </h2>
            {detail.stato === 'bozza' && detail.sedutaId !== null && (
              <Rigenera
                detail={detail}
                serial={serial}
                draftsRef={draftsRef}
                onDone={(value) => {
                  updateDrafts(() => ({}));
                  changed(value, 'Testo rigenerato dai dati attuali della seduta.');
                }}
              />
            )}
          </div>
          {detail.stato === 'bozza' && (
            <p className="small text-muted">
              {detail.sedutaId !== null ? 'Ogni parte del testo composto dalla seduta' : 'Il testo'} è modificabile fino
              all’approvazione. Le modifiche si salvano con «Salva» (o Ctrl+S) e quando si esce dal campo.
            </p>
          )}
          <Sezioni detail={detail} drafts={drafts} onDraft={onDraft} onSaved={onSaved} serial={serial} />
        </section>
      )}
    </>
  );
}

/** Rettifica of / rettificato by: links between the original and its corrections. */
function Relations({ detail }: { detail: VerbaleDetail }) {
  if (!detail.rettificaDi && detail.rettifiche.length === 0 && detail.rettificheInCorso.length === 0) return null;
  return (
    <div className="alert alert-info verbale-relations">
      {detail.rettificaDi && (
        <p className="mb-0">
          Rettifica del{' '}
          <a href={toHash({ section: 'verbali', detail: String(detail.rettificaDi.id) })}>verbale n. {detail.rettificaDi.numeroTesto}</a>.
        </p>
      )}
      {detail.rettifiche.length > 0 && (
        <p className="mb-0">
          {detail.rettifiche.length === 1 ? 'Rettificato dall’atto' : 'Rettificato dagli atti'}{' '}
          {detail.rettifiche.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <a href={toHash({ section: 'verbali', detail: String(r.id) })}>n. {r.numeroTesto}</a> (
              {STATO_VERBALE_LABEL[r.stato].toLowerCase()})
            </span>
          ))}
          .
        </p>
      )}
      {detail.rettificheInCorso.length > 0 && (
        <p className="mb-0">
          Rettifica in corso, non ancora approvata:{' '}
          {detail.rettificheInCorso.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <a href={toHash({ section: 'verbali', detail: String(r.id) })}>n. {r.numeroTesto}</a> ({STATO_VERBALE_LABEL[r.stato].toLowerCase()})
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}

/** Why the text can or cannot change in this state. */
function StatoNote({ detail }: { detail: VerbaleDetail }) {
  switch (detail.stato) {
    case 'storico':
      return (
        <NoteCallout title="Atto storico – testo non digitalizzato">
          <p>
            Il verbale n. {detail.numeroTesto} è registrato nel registro dei verbali con data e oggetto; il testo non è
            digitalizzato: l’originale è conservato nell’archivio cartaceo dell’Ufficio di Piano.
          </p>
        </NoteCallout>
      );
    case 'annullato':
      return (
        <div className="alert alert-danger" role="note">
          <p className="mb-0">
            <strong>Verbale annullato</strong>
            {detail.annullatoMotivo ? `: ${detail.annullatoMotivo}` : '.'} Il numero {detail.numeroTesto} resta nel registro e
            non viene riutilizzato; il testo non è più modificabile.
          </p>
        </div>
      );
    case 'approvato':
      return (
        <p className="readonly-note verbale-note">
          Approvato il {formatDate(detail.approvatoIl ?? detail.data)}
          {detail.approvazione === 'stessa_seduta' ? ' nella stessa seduta' : ' in una seduta successiva'}: il testo non è più
          modificabile. Resta da esportarlo per la firma; fino alla firma l’approvazione si può ritirare.
        </p>
      );
    case 'esportato':
      return (
        <p className="readonly-note verbale-note">
          Esportato per la firma il {formatDateTime(detail.esportatoIl)}: il PDF/A da firmare è conservato con la sua impronta. Il
          verbale non è ancora firmato: importare il file firmato digitalmente o registrare la firma autografa.
        </p>
      );
    case 'firmato':
      return (
        <p className="readonly-note verbale-note">
          Firmato il {formatDate(detail.firmatoIl ?? detail.data)} ({detail.firmaModo === 'autografa' ? 'firma autografa' : 'firma digitale'}
          ): il testo non è più modificabile. Per correggerlo redigere una rettifica.
        </p>
      );
    default:
      return null;
  }
}

interface RigeneraProps {
  detail: VerbaleDetail;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  draftsRef: { readonly current: Readonly<Record<string, string>> };
  onDone: (detail: VerbaleDetail) => void;
}

/** «Rigenera dalla seduta»: asks before overwriting the parts edited by hand (the backend lists them). */
function Rigenera({ detail, serial, draftsRef, onDone }: RigeneraProps) {
  const { submit, pending, error, reset } = useSubmit();
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);

  const run = (sovrascriviModifiche: boolean) =>
    // After the saves already asked for (e.g. the field just left), never before them.
    serial(async () => {
      setBlocked(null);
      const pendingDrafts = Object.keys(draftsRef.current);
      if (pendingDrafts.length > 0) {
        const labels = pendingDrafts.map((k) => sezioneLabel(detail.sezioni.find((s) => s.chiave === k) ?? { chiave: k, titolo: '' }));
        setBlocked(`Ci sono modifiche non salvate in: ${labels.join(', ')}. Salvarle o annullarle prima di rigenerare.`);
        return;
      }
      const result = await submit(() => invoke('verbali.rigenera', { id: detail.id, sovrascriviModifiche }), 'Testo rigenerato.');
      if (!result) return;
      if (result.ok) {
        setConflict(null);
        onDone(result.value);
      } else if (result.error.code === 'CONFLICT' && result.error.fields && !sovrascriviModifiche) {
        reset();
        setConflict(result.error);
      }
    });

  const edited = Object.keys(conflict?.fields ?? {}).map((k) =>
    sezioneLabel(detail.sezioni.find((s) => s.chiave === k) ?? { chiave: k, titolo: '' }),
  );

  return (
    <div className="verbale-rigenera">
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={pending} onClick={() => void run(false)}>
        Rigenera dalla seduta
      </button>
      {(error || blocked) && (
        <div className="mt-2">
          <StatusAlert error={error ?? (blocked ? { code: 'CONFLICT', message: blocked } : null)} />
        </div>
      )}
      {conflict && (
        <RigeneraDialog
          message={conflict.message}
          sezioni={edited}
          pending={pending}
          onConfirm={() => void run(true)}
          onClose={() => setConflict(null)}
        />
      )}
    </div>
  );
}
