import type { Comune, ComuneCreate } from '../../../shared/domain/comune';
import { invoke } from '../api/client';
import { Form } from '../components/Form';
import { FormActions } from '../components/FormActions';
import { FormField } from '../components/FormField';
import { EMPTY_SINDACO, SindacoFields } from '../components/SindacoFields';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useForm } from '../hooks/useForm';

/**
 * A number as typed ("1.234" too) goes to the backend as a number; anything else goes as typed,
 * so that the backend, not the form, says what is wrong with it.
 */
function toNumber(text: string): number | undefined {
  const compact = text.trim().replace(/\./g, '');
  if (compact === '') return undefined;
  return /^-?\d+$/.test(compact) ? Number(compact) : (text as unknown as number);
}

const EMPTY = {
  nome: '',
  codiceIstat: '',
  codiceCatastale: '',
  cap: '',
  provincia: '',
  popolazioneResidente: '',
  popolazioneData: '',
  popolazioneFonte: '',
  popolazioneCensimento2011: '',
  ...EMPTY_SINDACO,
};

const toInput = (v: typeof EMPTY): ComuneCreate => ({
  ...v,
  popolazioneResidente: toNumber(v.popolazioneResidente) as number,
  popolazioneCensimento2011: toNumber(v.popolazioneCensimento2011) ?? null,
});

interface NuovoComuneProps {
  onCreated: (comune: Comune) => void;
  onCancel: () => void;
}

/** A comune joining the Ambito (or another Ambito entering its own comuni). */
export function NuovoComune({ onCreated, onCancel }: NuovoComuneProps) {
  const form = useForm(EMPTY);
  const titleRef = useFocusOnMount<HTMLHeadingElement>();

  return (
    <section className="detail-panel" aria-labelledby="nuovo-comune-title">
      <h2 id="nuovo-comune-title" className="h4" ref={titleRef} tabIndex={-1}>
        Nuovo comune
      </h2>
      <p className="small">
        Per un comune che entra nell&apos;Ambito, o per un altro Ambito che adotta il programma. Sono obbligatori i
        dati anagrafici e la popolazione (il censimento 2011 è facoltativo); sindaco e recapiti si possono aggiungere
        in seguito.
      </p>
      <Form
        form={form}
        showSuccess
        aria-labelledby="nuovo-comune-title"
        onSubmit={form.handleSubmit((values) => invoke('comuni.create', toInput(values)), 'Comune aggiunto.', onCreated)}
      >
        <fieldset>
          <legend className="h6 form-legend">Dati anagrafici</legend>
          <FormField {...form.bind('nome')} label="Nome del comune" />
          <div className="row">
            <FormField {...form.bind('codiceIstat')} label="Codice ISTAT" inputMode="numeric" hint="6 cifre, es. 076097" className="col-sm-6" />
            <FormField {...form.bind('codiceCatastale')} label="Codice catastale" hint="Es. L873" className="col-sm-6" />
          </div>
          <div className="row">
            <FormField {...form.bind('cap')} label="CAP" inputMode="numeric" className="col-sm-6" />
            <FormField {...form.bind('provincia')} label="Provincia" hint="Sigla, es. PZ" className="col-sm-6" />
          </div>
        </fieldset>
        <fieldset>
          <legend className="h6 form-legend">Popolazione</legend>
          <div className="row">
            <FormField {...form.bind('popolazioneResidente')} label="Popolazione residente" inputMode="numeric" className="col-sm-6" />
            <FormField {...form.bind('popolazioneData')} label="Data del dato" hint="AAAA-MM, es. 2026-01" className="col-sm-6" />
          </div>
          <FormField {...form.bind('popolazioneFonte')} label="Fonte del dato" hint="Es. ANPR, ISTAT" />
          <FormField
            {...form.bind('popolazioneCensimento2011')}
            label="Popolazione al censimento 2011"
            inputMode="numeric"
            hint="Facoltativo"
          />
        </fieldset>
        <SindacoFields bind={form.bind} />
        <FormActions label="Salva" disabled={form.pending} onCancel={onCancel} />
      </Form>
    </section>
  );
}
