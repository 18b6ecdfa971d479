import type { RegoleVersione } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { Form } from '../../components/Form';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { formatDate } from '../../format';
import { useFocusOnMount } from '../../hooks/useFocusOnMount';
import { useForm, type FieldBinding } from '../../hooks/useForm';
import {
  majorityPreview,
  noticePreview,
  quorumPreview,
  rulesValues,
  remotePreview,
  tiePreview,
  toRules,
  toSaveInput,
  weightingPreview,
  type RulesValues,
} from './rulesForm';

const QUORUM_KINDS = [
  { value: 'fraction', label: 'frazione dei componenti' },
  { value: 'fixed', label: 'numero fisso' },
  { value: 'any', label: 'qualsiasi numero' },
];
const FRACTION_MODES = [
  { value: 'moreThan', label: 'più di' },
  { value: 'atLeast', label: 'almeno' },
];
const MAJORITIES = [
  { value: 'votesCast', label: 'maggioranza semplice dei votanti (astenuti non computati)' },
  { value: 'present', label: 'maggioranza dei presenti' },
  { value: 'absoluteMembers', label: 'maggioranza assoluta dei componenti' },
  { value: 'twoThirds', label: 'due terzi' },
];
const BASES = [
  { value: 'votesCast', label: 'dei votanti' },
  { value: 'present', label: 'dei presenti' },
  { value: 'members', label: 'dei componenti' },
];
const WEIGHTINGS = [
  { value: 'perHead', label: 'un comune, un voto' },
  { value: 'population', label: 'ponderata per popolazione' },
  { value: 'double', label: 'doppia maggioranza (comuni e popolazione)' },
];
const REFERENCES = [
  { value: 'residente', label: 'residente (ANPR)' },
  { value: 'censimento2011', label: 'censimento 2011' },
];
const TIES = [
  { value: 'rejected', label: 'la proposta è respinta' },
  { value: 'presidentPrevails', label: 'prevale il voto del Presidente' },
];
const REMOTE = [
  { value: 'no', label: 'non sono computati' },
  { value: 'si', label: 'sono computati come presenti' },
];

interface RegoleFormProps {
  organoId: number;
  /** Active comuni: the members the preview counts on. */
  members: number;
  /** The version edited, or null for a new one. */
  version: RegoleVersione | null;
  /** Where the values start from (the version itself, or the latest one for a new version). */
  from: RegoleVersione;
  onSaved: (version: RegoleVersione) => void;
  onCancel: () => void;
}

export function RegoleForm({ organoId, members, version, from, onSaved, onCancel }: RegoleFormProps) {
  const form = useForm<RulesValues>(rulesValues(version, from.regole));
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  const v = form.values;
  const title = version ? `Modifica delle regole valide dal ${formatDate(version.valideDal)}` : 'Nuova versione delle regole';

  return (
    <section className="form-panel mt-4" aria-labelledby="regole-form-title">
      <h3 id="regole-form-title" className="h4 form-heading" ref={titleRef} tabIndex={-1}>
        {title}
      </h3>
      {!version && (
        <p className="small mb-5">
          I valori di partenza sono quelli della versione valida dal {formatDate(from.valideDal)}: modificare quelli che
          cambiano e indicare da quando valgono.
        </p>
      )}
      <div className="row g-5">
        <div className="col-lg-7">
          <Form
            form={form}
            showSuccess
            aria-labelledby="regole-form-title"
            onSubmit={form.handleSubmit((values) => invoke('regole.save', toSaveInput(organoId, version?.id, values)), 'Regole salvate.', onSaved)}
          >
            <FormField
              {...form.bind('valideDal')}
              label="Valide dal"
              hint="gg/mm/aaaa: le sedute da questa data seguono queste regole"
              inputMode="numeric"
            />
            <fieldset>
              <legend className="h6 form-legend">Preavviso della convocazione</legend>
              <div className="row">
                <FormField
                  {...form.bind('regole.noticeDaysOrdinary')}
                  label="Preavviso ordinario (giorni)"
                  inputMode="numeric"
                  className="col-sm-6"
                />
                <FormField
                  {...form.bind('regole.noticeDaysUrgent')}
                  label="Preavviso urgente (giorni)"
                  inputMode="numeric"
                  className="col-sm-6"
                />
              </div>
            </fieldset>
            <QuorumFields call="quorumFirstCall" legend="Numero legale in prima convocazione" bind={form.bind} values={v} />
            <QuorumFields call="quorumSecondCall" legend="Numero legale in seconda convocazione" bind={form.bind} values={v} />
            <fieldset>
              <legend className="h6 form-legend">Votazioni</legend>
              <div className="row">
                <FormField
                  {...form.bind('regole.majority.kind')}
                  label="Maggioranza"
                  options={MAJORITIES}
                  className={v['regole.majority.kind'] === 'twoThirds' ? 'col-sm-7' : 'col-12'}
                />
                {v['regole.majority.kind'] === 'twoThirds' && (
                  <FormField {...form.bind('regole.majority.base')} label="Due terzi calcolati" options={BASES} className="col-sm-5" />
                )}
              </div>
              <div className="row">
                <FormField
                  {...form.bind('regole.weighting.kind')}
                  label="Ponderazione"
                  options={WEIGHTINGS}
                  className={v['regole.weighting.kind'] === 'perHead' ? 'col-12' : 'col-sm-7'}
                />
                {v['regole.weighting.kind'] !== 'perHead' && (
                  <FormField
                    {...form.bind('regole.weighting.reference')}
                    label="Popolazione di riferimento"
                    options={REFERENCES}
                    className="col-sm-5"
                  />
                )}
              </div>
              <FormField {...form.bind('regole.tie')} label="In caso di parità" options={TIES} />
              <FormField
                {...form.bind('regole.remotePresenceCounts')}
                label="Collegati in videoconferenza, per numero legale e voto"
                options={REMOTE}
                hint="Seduta in modalità mista: vale quanto dispone il regolamento della Conferenza"
              />
            </fieldset>
            <FormField {...form.bind('nota')} label="Nota" hint="Facoltativa, es. «art. 6 del Regolamento della Conferenza»" />
            <FormActions label="Salva le regole" disabled={form.pending} onCancel={onCancel} />
          </Form>
        </div>
        <div className="col-lg-5">
          <RulesPreview values={v} members={members} />
        </div>
      </div>
    </section>
  );
}

interface QuorumFieldsProps {
  call: 'quorumFirstCall' | 'quorumSecondCall';
  legend: string;
  bind: (name: string) => FieldBinding;
  values: RulesValues;
}

function QuorumFields({ call, legend, bind, values }: QuorumFieldsProps) {
  const kind = values[`regole.${call}.kind`];
  return (
    <fieldset>
      <legend className="h6 form-legend">{legend}</legend>
      <FormField {...bind(`regole.${call}.kind`)} label="Criterio" options={QUORUM_KINDS} />
      {kind === 'fraction' && (
        <div className="row">
          <FormField
            {...bind(`regole.${call}.mode`)}
            label="Regola"
            options={FRACTION_MODES}
            hint="«più di 1/2»: metà più uno (14 su 27); «almeno 1/3»: un terzo arrotondato per eccesso (9 su 27)"
            className="col-sm-6"
          />
          <FormField {...bind(`regole.${call}.numerator`)} label="Numeratore" inputMode="numeric" className="col-6 col-sm-3" />
          <FormField {...bind(`regole.${call}.denominator`)} label="Denominatore" inputMode="numeric" className="col-6 col-sm-3" />
        </div>
      )}
      {kind === 'fixed' && <FormField {...bind(`regole.${call}.count`)} label="Numero di comuni" inputMode="numeric" />}
    </fieldset>
  );
}

/** What the rules being edited mean for the current membership, in words, as the user types. */
function RulesPreview({ values, members }: { values: RulesValues; members: number }) {
  const rules = toRules(values);
  return (
    <aside className="card card-bg no-after rules-preview" aria-labelledby="rules-preview-title">
      <div className="card-body">
        <h4 id="rules-preview-title" className="card-title h5">
          Che cosa significa, con {members} comuni
        </h4>
        <ul className="mb-0" aria-live="polite">
          <li>{quorumPreview(rules.quorumFirstCall, 'prima', members)}</li>
          <li>{quorumPreview(rules.quorumSecondCall, 'seconda', members)}</li>
          <li>{majorityPreview(rules.majority, members)}</li>
          <li>{weightingPreview(rules.weighting)}</li>
          <li>{tiePreview(rules.tie)}</li>
          <li>{remotePreview(rules.remotePresenceCounts)}</li>
          <li>{noticePreview(rules)}</li>
        </ul>
      </div>
    </aside>
  );
}
