import type { FieldBinding } from '../hooks/useForm';
import { FormField } from './FormField';

export type SindacoField = 'sindacoNome' | 'sindacoEmail' | 'sindacoPec' | 'sindacoTelefono';

export const EMPTY_SINDACO: Record<SindacoField, string> = {
  sindacoNome: '',
  sindacoEmail: '',
  sindacoPec: '',
  sindacoTelefono: '',
};

/** The mayor and how to reach the comune: the same four fields in the detail and in the new-comune form. */
export function SindacoFields({ bind }: { bind: (name: SindacoField) => FieldBinding }) {
  return (
    <fieldset>
      <legend className="h6 form-legend">Sindaco e recapiti</legend>
      <FormField {...bind('sindacoNome')} label="Nome del sindaco" />
      <FormField {...bind('sindacoEmail')} label="E-mail" type="email" inputMode="email" />
      <FormField {...bind('sindacoPec')} label="PEC" type="email" inputMode="email" />
      <FormField {...bind('sindacoTelefono')} label="Telefono" type="tel" inputMode="tel" />
    </fieldset>
  );
}
