import { useEffect, useState } from 'react';
import type { Punto } from '../../../../shared/domain/seduta';
import type { VerbaleSummary } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { formatDate } from '../../format';
import type { FieldBinding } from '../../hooks/useForm';
import { useRegolamenti } from '../../store/regolamenti';
import { FormField } from '../FormField';
import { ESITO_LABEL } from '../sedute/labels';
import { dateFromIso, dateToIso } from '../sedute/inputs';

export const EMPTY_APPROVAZIONE = { vigenteDal: '', verbaleId: '', puntoId: '' };
type ApprovazioneField = keyof typeof EMPTY_APPROVAZIONE;

const STATO_NOTE: Partial<Record<VerbaleSummary['stato'], string>> = {
  bozza: ' (bozza)',
  approvato: ' (approvato, da firmare)',
  firmato: ' (firmato)',
};

const verbaleLabel = (v: VerbaleSummary): string =>
  `n. ${v.numeroTesto} del ${formatDate(v.data)}${v.oggetto ? ` – ${v.oggetto}` : ''}${STATO_NOTE[v.stato] ?? ''}`;

const puntoLabel = (p: Punto): string =>
  `Punto ${p.posizione}: ${p.titolo}${p.votazione?.esito ? ` – votazione: ${ESITO_LABEL[p.votazione.esito.esito].toLowerCase()}` : ''}`;

/** The verbali ApprovazioneFields offers: every verbale of the organ, loaded afresh when the form opens. */
export function useVerbaliApprovazione(organoId: number): Pick<ApprovazioneFieldsProps, 'verbali' | 'verbaliError'> {
  const verbali = useRegolamenti((s) => s.verbali);
  const verbaliError = useRegolamenti((s) => s.verbaliError);
  const ensureVerbali = useRegolamenti((s) => s.ensureVerbali);
  useEffect(() => void ensureVerbali(organoId, true), [ensureVerbali, organoId]);
  return { verbali, verbaliError };
}

interface ApprovazioneFieldsProps {
  bind: (name: ApprovazioneField) => FieldBinding;
  /** Every verbale of the organ, newest first (null while loading). */
  verbali: readonly VerbaleSummary[] | null;
  verbaliError?: string | null;
}

/**
 * When a version takes effect and what approved it: the verbale (optional: it may be recorded later)
 * and, when the verbale has a seduta, the agenda item whose vote approved the text.
 */
export function ApprovazioneFields({ bind, verbali, verbaliError }: ApprovazioneFieldsProps) {
  const verbaleField = bind('verbaleId');
  const puntoField = bind('puntoId');
  const dateField = bind('vigenteDal');
  const scelti = (verbali ?? []).filter((v) => v.stato !== 'annullato');
  const verbale = scelti.find((v) => String(v.id) === verbaleField.value) ?? null;
  const sedutaId = verbale?.sedutaId ?? null;
  const [punti, setPunti] = useState<{ sedutaId: number; punti: Punto[] } | null>(null);

  useEffect(() => {
    if (sedutaId === null) return;
    let current = true;
    void invoke('sedute.get', { id: sedutaId }).then((r) => {
      if (current && r.ok) setPunti({ sedutaId, punti: r.value.punti });
    });
    return () => {
      current = false;
    };
  }, [sedutaId]);

  const verbaleBinding: FieldBinding = {
    ...verbaleField,
    onChange: (value) => {
      verbaleField.onChange(value);
      puntoField.onChange('');
      const chosen = scelti.find((v) => String(v.id) === value);
      if (chosen && dateField.value.trim() === '') dateField.onChange(dateFromIso(chosen.data));
    },
  };

  const puntiOfVerbale = punti && punti.sedutaId === sedutaId ? punti.punti : [];

  return (
    <>
      <div className="row">
        <FormField {...dateField} label="In vigore dal" hint="gg/mm/aaaa" inputMode="numeric" className="col-md-4" />
        <FormField
          {...verbaleBinding}
          label="Verbale di approvazione"
          hint={verbaliError ?? (verbali ? 'Facoltativo: si può indicare anche in seguito' : 'Caricamento dei verbali…')}
          options={[{ value: '', label: 'Nessuno (da indicare in seguito)' }, ...scelti.map((v) => ({ value: String(v.id), label: verbaleLabel(v) }))]}
          className="col-md-8"
        />
      </div>
      {puntiOfVerbale.length > 0 && (
        <FormField
          {...puntoField}
          label="Votazione della seduta"
          hint="Facoltativo: il punto all'ordine del giorno con cui la Conferenza ha approvato il testo"
          options={[{ value: '', label: 'Nessun punto collegato' }, ...puntiOfVerbale.map((p) => ({ value: String(p.id), label: puntoLabel(p) }))]}
        />
      )}
    </>
  );
}

/** The form's strings as the backend expects them ('' → null; the backend checks the rest). */
export function approvazioneInput(values: Record<ApprovazioneField, string>) {
  return {
    vigenteDal: dateToIso(values.vigenteDal),
    verbaleId: values.verbaleId ? Number(values.verbaleId) : null,
    puntoId: values.puntoId ? Number(values.puntoId) : null,
  };
}
