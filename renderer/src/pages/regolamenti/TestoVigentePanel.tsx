import { useEffect, useId, useState } from 'react';
import { invoke } from '../../api/client';
import { parseDateIt } from '../../../../shared/italian/dates';
import { Icon } from '../../components/Icon';
import { articoloTitle, todayIso, versioneMark, type ArticoloVigente, type RegolamentoDetail, type Versione } from '../../components/regolamenti/labels';
import { Testo } from '../../components/regolamenti/Testo';
import { LoadError, Loading, StatusAlert } from '../../components/StatusAlert';
import { saveFile } from '../../download';
import { countIt, formatDate } from '../../format';
import { useSubmit } from '../../hooks/useSubmit';
import { AttesaList } from './Attesa';
import { StoriaArticolo } from './StoriaArticolo';
import { useTestoVigente } from './useTestoVigente';

interface TestoVigentePanelProps {
  detail: RegolamentoDetail;
  /** The chosen date, ISO. */
  data: string;
  onData: (data: string) => void;
  onImporta: (v: Versione) => void;
}

/** The text in force at a date (multivigenza), each article marked with the version that last changed it. */
export function TestoVigentePanel({ detail, data, onData, onImporta }: TestoVigentePanelProps) {
  const dateId = useId();
  const state = useTestoVigente(detail, data);
  const [storia, setStoria] = useState<string | null>(null);
  const pdf = useSubmit();

  const downloadPdf = async () => {
    const result = await pdf.submit(() => invoke('regolamenti.pdf', { id: detail.id, data }), `Testo coordinato al ${formatDate(data)} salvato (PDF).`);
    if (result?.ok) saveFile(result.value);
  };
  const downloadDocx = async () => {
    const result = await pdf.submit(
      () => invoke('documenti.testoCoordinatoDocx', { id: detail.id, data }),
      `Copia di lavoro del testo coordinato al ${formatDate(data)} salvata (.docx).`,
    );
    if (result?.ok) saveFile(result.value);
  };

  const closeStoria = () => {
    const numero = storia;
    setStoria(null);
    if (numero !== null) document.querySelector<HTMLElement>(`[data-storia="${CSS.escape(numero)}"]`)?.focus();
  };

  // The date is typed the Italian way; the text follows as soon as it reads as a date.
  const today = todayIso();
  const dates = [...new Set(detail.elencoVersioni.map((v) => v.vigenteDal))].filter((d) => d !== today);
  const [dateText, setDateText] = useState(() => formatDate(data));
  useEffect(() => setDateText((text) => (parseDateIt(text) === data ? text : formatDate(data))), [data]);
  const dateInvalid = dateText.trim() !== '' && parseDateIt(dateText) === null && dateText.trim().length >= 10;
  const changeDate = (text: string) => {
    setDateText(text);
    const iso = parseDateIt(text);
    if (iso && iso !== data) {
      setStoria(null);
      onData(iso);
    }
  };
  const pick = (iso: string) => {
    setStoria(null);
    setDateText(formatDate(iso));
    onData(iso);
  };

  const testo = state.testo;
  const inAttesa = testo?.versioniInAttesa ?? [];
  const attesaVersioni = detail.elencoVersioni.filter((v) => inAttesa.some((a) => a.id === v.id));

  return (
    <div className="testo-vigente">
      <div className="testo-toolbar toolbar-row">
        <div className="d-flex flex-wrap align-items-end gap-3">
          <div className="form-group mb-0 date-picker">
            <label htmlFor={dateId} className="active">
              Testo in vigore al
            </label>
            <input
              id={dateId}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`form-control${dateInvalid ? ' is-invalid' : ''}`}
              value={dateText}
              aria-describedby={`${dateId}-hint`}
              aria-invalid={dateInvalid ? true : undefined}
              onChange={(e) => changeDate(e.target.value)}
            />
            <small id={`${dateId}-hint`} className={`form-text d-block${dateInvalid ? ' text-danger' : ''}`}>
              {dateInvalid ? 'Data non valida: scrivere gg/mm/aaaa' : 'gg/mm/aaaa'}
            </small>
          </div>
          <div className="date-shortcuts" role="group" aria-label="Date di entrata in vigore">
            <button type="button" className="btn btn-outline-primary btn-compact" aria-pressed={data === today} onClick={() => pick(today)}>
              Oggi
            </button>
            {dates.map((d) => (
              <button key={d} type="button" className="btn btn-outline-primary btn-compact" aria-pressed={data === d} onClick={() => pick(d)}>
                {formatDate(d)}
              </button>
            ))}
          </div>
        </div>
        <button type="button" className="btn btn-outline-primary btn-sm btn-icon" disabled={pdf.pending || !testo?.inVigore} onClick={() => void downloadPdf()}>
          <Icon name="it-download" className="icon-primary icon-sm" />
          <span>Testo coordinato (PDF)</span>
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm btn-icon" disabled={pdf.pending || !testo?.inVigore} onClick={() => void downloadDocx()}>
          <Icon name="it-download" className="icon-primary icon-sm" />
          <span>Copia di lavoro (.docx)</span>
        </button>
      </div>
      <StatusAlert error={pdf.error} success={pdf.success} />

      {state.error ? (
        <LoadError message={state.error} />
      ) : !testo || state.data !== data ? (
        <Loading text="Caricamento del testo in vigore…" />
      ) : (
        <>
          <p className="testo-summary" aria-live="polite">
            {testo.inVigore
              ? `Testo in vigore al ${formatDate(testo.data)}: ${countIt(testo.articoli.filter((a) => !a.abrogato).length, 'articolo', 'articoli')}${
                  testo.articoli.some((a) => a.abrogato) ? `, ${countIt(testo.articoli.filter((a) => a.abrogato).length, 'abrogato', 'abrogati')}` : ''
                }.`
              : `Nessun testo in vigore al ${formatDate(testo.data)}.`}
          </p>
          {!testo.inVigore && testo.motivo && <div className="alert alert-info">{testo.motivo}</div>}
          {attesaVersioni.length > 0 && testo.inVigore && (
            <div className="alert alert-warning" role="note">
              <p className="mb-2">
                <strong>Testo incompleto.</strong> Alcune versioni in vigore a questa data non hanno ancora il testo: gli articoli che hanno
                modificato potrebbero non essere aggiornati.
              </p>
              <AttesaList versioni={attesaVersioni} onImporta={onImporta} className="mb-0" />
            </div>
          )}
          {testo.avvisi.length > 0 && (
            <div className="alert alert-warning" role="note">
              <ul className="mb-0">
                {testo.avvisi.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </div>
          )}
          {testo.articoli.length > 0 && (
            <div className="row g-5">
              <div className={storia === null ? 'col-12' : 'col-xl-7'}>
                <ol className="articoli-vigenti" aria-label={`Articoli in vigore al ${formatDate(testo.data)}`}>
                  {testo.articoli.map((a) => (
                    <ArticoloVigenteItem
                      key={a.numero}
                      articolo={a}
                      selected={storia === a.numero}
                      onStoria={() => setStoria(a.numero)}
                    />
                  ))}
                </ol>
              </div>
              {storia !== null && (
                <div className="col-xl-5 order-first order-xl-last">
                  <StoriaArticolo key={storia} regolamentoId={detail.id} numero={storia} onClose={closeStoria} />
                </div>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}

function ArticoloVigenteItem({ articolo, selected, onStoria }: { articolo: ArticoloVigente; selected: boolean; onStoria: () => void }) {
  const titleId = useId();
  return (
    <li className={`articolo-vigente${articolo.abrogato ? ' is-abrogato' : ''}${selected ? ' is-selected' : ''}`}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="articolo-title">
          {articoloTitle(articolo)}
          {articolo.abrogato && <span className="abrogato-note"> (abrogato)</span>}
        </h3>
        <p className="articolo-mark">{versioneMark(articolo.versione)}</p>
        {articolo.abrogato ? <p className="abrogato-testo">(abrogato)</p> : <Testo testo={articolo.testo} />}
        <button type="button" className="btn btn-link btn-compact px-0 storia-link" data-storia={articolo.numero} aria-expanded={selected} onClick={onStoria}>
          Storia dell&apos;art. {articolo.numero}
        </button>
      </article>
    </li>
  );
}
