import type { ChannelInput } from '../../../../shared/contract/channels';
import type { Seduta, SedutaTipo } from '../../../../shared/domain/seduta';
import type { FieldBinding } from '../../hooks/useForm';
import { FormField } from '../FormField';
import { dateFromIso, dateTimeFromIso, dateTimeToIso, dateToIso, timeToIso } from './inputs';
import { keysOf, TIPO_LABEL } from './labels';

export const EMPTY_SEDUTA = {
  tipo: 'ordinaria',
  data: '',
  oraInizio: '',
  luogo: '',
  oggetto: '',
  convocazioneProt: '',
  convocazioneData: '',
  primaConvocazione: '',
  secondaConvocazione: '',
  convocazioneEffettiva: 'prima',
};

export type SedutaValues = typeof EMPTY_SEDUTA;
type SedutaField = keyof SedutaValues;

export const sedutaValues = (s: Seduta): SedutaValues => ({
  tipo: s.tipo ?? 'ordinaria',
  data: dateFromIso(s.data),
  oraInizio: s.oraInizio ?? '',
  luogo: s.luogo,
  oggetto: s.oggetto,
  convocazioneProt: s.convocazioneProt,
  convocazioneData: dateFromIso(s.convocazioneData),
  primaConvocazione: dateTimeFromIso(s.primaConvocazione),
  secondaConvocazione: dateTimeFromIso(s.secondaConvocazione),
  convocazioneEffettiva: s.convocazioneEffettiva,
});

/** The form's strings as sedute.create expects them (Italian dates to ISO; the backend checks the rest). */
export const toSedutaInput = (organoId: number, v: SedutaValues): ChannelInput<'sedute.create'> => ({
  organoId,
  tipo: v.tipo as SedutaTipo,
  data: dateToIso(v.data),
  oraInizio: timeToIso(v.oraInizio) ?? '',
  luogo: v.luogo,
  oggetto: v.oggetto,
  convocazioneProt: v.convocazioneProt,
  convocazioneData: dateToIso(v.convocazioneData),
  primaConvocazione: dateTimeToIso(v.primaConvocazione),
  secondaConvocazione: dateTimeToIso(v.secondaConvocazione),
  convocazioneEffettiva: v.convocazioneEffettiva as 'prima' | 'seconda',
});

const TIPO_OPTIONS = keysOf(TIPO_LABEL).map((t) => ({ value: t, label: TIPO_LABEL[t] }));
const CALL_OPTIONS = [
  { value: 'prima', label: 'Prima convocazione' },
  { value: 'seconda', label: 'Seconda convocazione' },
];

/** The data of a seduta and of its convocazione: the same fields in "Nuova seduta" and in the seduta's page. */
export function SedutaFields({ bind, organo }: { bind: (name: SedutaField) => FieldBinding; organo: string }) {
  return (
    <>
      <fieldset>
        <legend className="h6 form-legend">Seduta</legend>
        <p className="organo-line">
          <span className="fw-semibold">Organo:</span> {organo}
        </p>
        <div className="row">
          <FormField {...bind('tipo')} label="Tipo" options={TIPO_OPTIONS} className="col-md-4" />
          <FormField {...bind('data')} label="Data" hint="gg/mm/aaaa" inputMode="numeric" className="col-md-4" />
          <FormField {...bind('oraInizio')} label="Ora di inizio" hint="hh:mm, es. 10:00" inputMode="numeric" className="col-md-4" />
        </div>
        <FormField {...bind('luogo')} label="Luogo" hint="Es. Sala consiliare del Comune di Viggianello" />
        <FormField {...bind('oggetto')} label="Oggetto" hint="Facoltativo: l'argomento principale della seduta" />
      </fieldset>
      <fieldset>
        <legend className="h6 form-legend">Convocazione</legend>
        <div className="row">
          <FormField {...bind('convocazioneProt')} label="Protocollo n." hint="Facoltativo" className="col-md-6" />
          <FormField
            {...bind('convocazioneData')}
            label="Data di invio"
            hint="gg/mm/aaaa: serve a verificare il preavviso"
            inputMode="numeric"
            className="col-md-6"
          />
        </div>
        <div className="row">
          <FormField
            {...bind('primaConvocazione')}
            label="Prima convocazione (data e ora)"
            hint="gg/mm/aaaa hh:mm; facoltativa"
            className="col-md-6"
          />
          <FormField
            {...bind('secondaConvocazione')}
            label="Seconda convocazione (data e ora)"
            hint="gg/mm/aaaa hh:mm; facoltativa"
            className="col-md-6"
          />
        </div>
        <FormField
          {...bind('convocazioneEffettiva')}
          label="La seduta si tiene in"
          options={CALL_OPTIONS}
          hint="Determina il numero legale richiesto"
        />
      </fieldset>
    </>
  );
}
