import { useState } from 'react';
import type { Pubblicazione, PubblicazioniVerbale } from '../../../../shared/domain/pubblicazione';
import { fineMinima, GIORNI_PUBBLICAZIONE } from '../../../../shared/domain/pubblicazione-periodo';
import { parseDateIt } from '../../../../shared/italian/dates';
import { invoke } from '../../api/client';
import { todayIso } from '../../clock';
import { fileRequest } from '../../download';
import { useForm } from '../../hooks/useForm';
import { Form } from '../Form';
import { StatusAlert } from '../StatusAlert';
import { useFileAction } from '../verbali/useFileAction';
import { FormField } from '../FormField';
import { dateFromIso, dateToIso, wholeNumber } from '../sedute/inputs';
import { Dialog } from '../verbali/Dialog';

interface PubblicaDialogProps {
  verbale: { id: number; numeroTesto: string };
  dati: PubblicazioniVerbale;
  onClose: () => void;
  onDone: (p: Pubblicazione) => void;
}

const INTERO = 'verbale';

/** The message of the first indexed field ("omissis.0") for a list. */
const firstIndexed = (fields: Record<string, string> | undefined, name: string): string | undefined =>
  Object.entries(fields ?? {}).find(([k]) => k.startsWith(`${name}.`))?.[1];

/** «Pubblica all'albo»: the act (whole or one item), the albo's number, the period, the passages shown as omissis. */
export function PubblicaDialog({ verbale, dati, onClose, onDone }: PubblicaDialogProps) {
  const today = todayIso();
  const dal = dati.dalMinimo && dati.dalMinimo > today ? dati.dalMinimo : today;
  const form = useForm({ atto: INTERO, numero: '', dal: dateFromIso(dal), al: dateFromIso(fineMinima(dal)), omissis: '' });
  // The end follows the start until the office changes it.
  const [alTouched, setAlTouched] = useState(false);
  const dalIso = parseDateIt(form.values.dal);
  const options = [
    { value: INTERO, label: `Il verbale n. ${verbale.numeroTesto} per intero` },
    ...dati.punti.map((p) => ({ value: String(p.id), label: `Estratto del punto n. ${p.posizione} – ${p.titolo}` })),
  ];
  const preview = useFileAction();
  // The preview's refusals show at the fields too: they are the publication's own.
  const fields = form.error?.fields ?? preview.error?.fields;
  const richiesta = (v: typeof form.values) => ({
    atto: v.atto === INTERO ? ({ tipo: 'verbale', verbaleId: verbale.id } as const) : ({ tipo: 'estratto', verbaleId: verbale.id, puntoId: Number(v.atto) } as const),
    numero: wholeNumber(v.numero),
    dal: dateToIso(v.dal),
    al: dateToIso(v.al),
    omissis: v.omissis
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  });

  return (
    <Dialog
      title={`Pubblicazione all’albo pretorio del verbale n. ${verbale.numeroTesto}`}
      onClose={onClose}
      wide
      action={{ label: form.pending ? 'Generazione della copia in corso…' : 'Pubblica all’albo', form: 'albo-pubblica', disabled: form.pending }}
    >
      <Form
        id="albo-pubblica"
        aria-label="Pubblicazione all’albo pretorio"
        form={form}
        onSubmit={form.handleSubmit((v) => invoke('pubblicazioni.pubblica', richiesta(v)), 'Pubblicazione registrata.', onDone)}
      >
        <p>
          L’applicazione registra la pubblicazione e genera la <strong>copia per l’albo</strong> (PDF/A), con i dati personali
          indicati sotto sostituiti da «omissis» in tutto il testo; la copia si conserva con la sua impronta SHA-256 e non cambia più.
        </p>
        <FormField {...form.bind('atto')} error={fields?.['atto.puntoId'] ?? fields?.atto} label="Atto da pubblicare" options={options} />
        <FormField
          {...form.bind('numero')}
          error={fields?.numero}
          label="Numero del registro dell’albo"
          hint="Il numero assegnato dal registro dell’albo pretorio on line per l’anno di inizio della pubblicazione."
          inputMode="numeric"
        />
        <div className="row">
          <div className="col-md-6">
            <FormField
              {...form.bind('dal')}
              error={fields?.dal}
              onChange={(value) => {
                const iso = parseDateIt(value);
                form.setValues((prev) => ({ ...prev, dal: value, al: !alTouched && iso ? dateFromIso(fineMinima(iso)) : prev.al }));
              }}
              label="Pubblicata dal"
              hint="gg/mm/aaaa"
              inputMode="numeric"
            />
          </div>
          <div className="col-md-6">
            <FormField
              {...form.bind('al')}
              error={fields?.al}
              onChange={(value) => {
                setAlTouched(true);
                form.setValues((prev) => ({ ...prev, al: value }));
              }}
              label="Pubblicata al"
              hint={
                dalIso
                  ? `Almeno ${GIORNI_PUBBLICAZIONE} giorni consecutivi, il primo incluso: non prima del ${dateFromIso(fineMinima(dalIso))}.`
                  : `Almeno ${GIORNI_PUBBLICAZIONE} giorni consecutivi, il primo incluso.`
              }
              inputMode="numeric"
            />
          </div>
        </div>
        <FormField
          {...form.bind('omissis')}
          error={fields?.omissis ?? firstIndexed(fields, 'omissis')}
          label="Dati personali da omettere"
          hint="Un passaggio per riga (es. un nome, un codice fiscale): ogni sua occorrenza, maiuscole o minuscole, diventa «omissis». Facoltativo."
          rows={4}
        />
        <div className="d-flex flex-wrap align-items-center gap-2">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={preview.pending || form.pending}
            onClick={() => {
              form.reset();
              void preview.run(fileRequest('pubblicazioni.anteprima', richiesta(form.values)), 'open');
            }}
          >
            {preview.pending ? 'Generazione dell’anteprima…' : 'Anteprima della copia'}
          </button>
          <small className="form-text">Per controllare gli omissis prima di pubblicare: dopo la pubblicazione la copia non cambia.</small>
        </div>
        <StatusAlert error={preview.error && !preview.error.fields ? preview.error : null} success={preview.done} />
      </Form>
    </Dialog>
  );
}
