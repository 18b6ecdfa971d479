import type { RegoleVersione } from '../../../../shared/domain/seduta';
import type { ConferenceRules, QuorumRule } from '../../../../shared/rules';
import { requiredForQuorum } from '../../../../shared/rules/quorum';
import { dateFromIso, dateToIso, wholeNumber } from '../../components/sedute/inputs';

/*
 * The rules form keeps strings named after the backend's field paths ("regole.majority.kind"), so that
 * the backend's per-field messages land on the right control.
 */

type Call = 'quorumFirstCall' | 'quorumSecondCall';

const quorumValues = (call: Call, rule: QuorumRule) => ({
  [`regole.${call}.kind`]: rule.kind,
  [`regole.${call}.mode`]: rule.kind === 'fraction' ? rule.mode : 'moreThan',
  [`regole.${call}.numerator`]: rule.kind === 'fraction' ? String(rule.numerator) : '1',
  [`regole.${call}.denominator`]: rule.kind === 'fraction' ? String(rule.denominator) : '2',
  [`regole.${call}.count`]: rule.kind === 'fixed' ? String(rule.count) : '',
});

export function rulesValues(version: Pick<RegoleVersione, 'valideDal' | 'regole' | 'nota'> | null, r: ConferenceRules) {
  return {
    valideDal: version ? dateFromIso(version.valideDal) : '',
    nota: version?.nota ?? '',
    'regole.noticeDaysOrdinary': String(r.noticeDaysOrdinary),
    'regole.noticeDaysUrgent': String(r.noticeDaysUrgent),
    ...quorumValues('quorumFirstCall', r.quorumFirstCall),
    ...quorumValues('quorumSecondCall', r.quorumSecondCall),
    'regole.majority.kind': r.majority.kind,
    'regole.majority.base': r.majority.kind === 'twoThirds' ? r.majority.base : 'members',
    'regole.weighting.kind': r.weighting.kind,
    'regole.weighting.reference': r.weighting.kind === 'perHead' ? 'residente' : r.weighting.reference,
    'regole.tie': r.tie,
    'regole.remotePresenceCounts': r.remotePresenceCounts ? 'si' : 'no',
  } as Record<string, string>;
}

export type RulesValues = ReturnType<typeof rulesValues>;

const get = (v: RulesValues, name: string) => v[name] ?? '';

function toQuorum(v: RulesValues, call: Call): QuorumRule {
  const kind = get(v, `regole.${call}.kind`);
  if (kind === 'fraction') {
    return {
      kind,
      mode: get(v, `regole.${call}.mode`) as 'moreThan' | 'atLeast',
      numerator: wholeNumber(get(v, `regole.${call}.numerator`)),
      denominator: wholeNumber(get(v, `regole.${call}.denominator`)),
    };
  }
  if (kind === 'fixed') return { kind, count: wholeNumber(get(v, `regole.${call}.count`)) };
  return { kind: 'any' };
}

/** The form's strings as the rules object regole.save expects (numbers that cannot be read go as typed). */
export function toRules(v: RulesValues): ConferenceRules {
  const majorityKind = get(v, 'regole.majority.kind');
  const weightingKind = get(v, 'regole.weighting.kind');
  const reference = get(v, 'regole.weighting.reference') as 'residente' | 'censimento2011';
  return {
    noticeDaysOrdinary: wholeNumber(get(v, 'regole.noticeDaysOrdinary')),
    noticeDaysUrgent: wholeNumber(get(v, 'regole.noticeDaysUrgent')),
    quorumFirstCall: toQuorum(v, 'quorumFirstCall'),
    quorumSecondCall: toQuorum(v, 'quorumSecondCall'),
    majority:
      majorityKind === 'twoThirds'
        ? { kind: 'twoThirds', base: get(v, 'regole.majority.base') as 'votesCast' | 'present' | 'members' }
        : ({ kind: majorityKind } as ConferenceRules['majority']),
    weighting: weightingKind === 'perHead' ? { kind: 'perHead' } : ({ kind: weightingKind, reference } as ConferenceRules['weighting']),
    tie: get(v, 'regole.tie') as ConferenceRules['tie'],
    remotePresenceCounts: get(v, 'regole.remotePresenceCounts') === 'si',
  };
}

export const toSaveInput = (organoId: number, id: number | undefined, v: RulesValues) => ({
  ...(id === undefined ? {} : { id }),
  organoId,
  valideDal: dateToIso(get(v, 'valideDal')),
  regole: toRules(v),
  nota: get(v, 'nota'),
});

// ---------- Italian wording, for the list and the live preview ----------

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;

/** "più di 1/2 dei componenti", "numero fisso di 20 comuni", "qualsiasi numero di presenti". */
export function quorumRuleText(rule: QuorumRule): string {
  switch (rule.kind) {
    case 'fraction':
      return `${rule.mode === 'moreThan' ? 'più di' : 'almeno'} ${rule.numerator}/${rule.denominator} dei componenti`;
    case 'fixed':
      return `numero fisso di ${rule.count} ${rule.count === 1 ? 'comune' : 'comuni'}`;
    case 'any':
      return 'qualsiasi numero di presenti';
  }
}

/** "In prima convocazione servono 14 comuni su 27 (più di 1/2 dei componenti)." — or why it cannot be said. */
export function quorumPreview(rule: QuorumRule, call: 'prima' | 'seconda', members: number): string {
  const where = `In ${call} convocazione`;
  if (rule.kind === 'any') return `${where} la seduta è valida con qualsiasi numero di presenti.`;
  const numbers = rule.kind === 'fraction' ? [rule.numerator, rule.denominator] : [rule.count];
  if (!numbers.every(isCount)) return `${where}: indicare numeri interi maggiori di zero.`;
  const required = requiredForQuorum(rule, members);
  const text = `${where} ${required === 1 ? 'serve 1 comune' : `servono ${required} comuni`} su ${members} (${quorumRuleText(rule)})`;
  return required > members ? `${text}: numero legale mai raggiungibile.` : `${text}.`;
}

const BASE_TEXT = { votesCast: 'dei votanti', present: 'dei presenti', members: 'dei componenti' } as const;

export function majorityText(m: ConferenceRules['majority']): string {
  switch (m.kind) {
    case 'votesCast':
      return 'maggioranza semplice dei votanti (astenuti non computati)';
    case 'present':
      return 'maggioranza dei presenti';
    case 'absoluteMembers':
      return 'maggioranza assoluta dei componenti';
    case 'twoThirds':
      return `due terzi ${BASE_TEXT[m.base]}`;
  }
}

export function majorityPreview(m: ConferenceRules['majority'], members: number): string {
  switch (m.kind) {
    case 'votesCast':
      return 'Una proposta è approvata se i voti favorevoli superano i contrari; astenuti e non votanti non si contano.';
    case 'present':
      return 'Una proposta è approvata se i favorevoli sono più della metà dei presenti al punto: gli astenuti pesano come contrari.';
    case 'absoluteMembers':
      return `Una proposta è approvata con almeno ${Math.floor(members / 2) + 1} voti favorevoli su ${members} componenti, quanti che siano i presenti.`;
    case 'twoThirds':
      return m.base === 'members'
        ? `Una proposta è approvata con almeno ${Math.ceil((2 * members) / 3)} voti favorevoli su ${members} componenti (due terzi).`
        : `Una proposta è approvata se i favorevoli sono almeno i due terzi ${BASE_TEXT[m.base]}${m.base === 'votesCast' ? ' (favorevoli e contrari)' : ' al punto'}.`;
  }
}

const REFERENCE_TEXT = { residente: 'residente (ANPR)', censimento2011: 'al censimento 2011' } as const;

export function weightingText(w: ConferenceRules['weighting']): string {
  switch (w.kind) {
    case 'perHead':
      return 'un comune, un voto';
    case 'population':
      return `ponderata per popolazione ${REFERENCE_TEXT[w.reference]}`;
    case 'double':
      return `doppia maggioranza: comuni e popolazione ${REFERENCE_TEXT[w.reference]}`;
  }
}

export function weightingPreview(w: ConferenceRules['weighting']): string {
  switch (w.kind) {
    case 'perHead':
      return 'Ogni comune ha un voto, qualunque sia la sua popolazione.';
    case 'population':
      return `Ogni comune pesa quanto la sua popolazione ${REFERENCE_TEXT[w.reference]}; nello scrutinio segreto si conta comunque un voto per comune.`;
    case 'double':
      return `Servono sia la maggioranza dei comuni sia quella della popolazione ${REFERENCE_TEXT[w.reference]} che rappresentano; nello scrutinio segreto si contano solo i comuni.`;
  }
}

export const tiePreview = (tie: ConferenceRules['tie']): string =>
  tie === 'rejected'
    ? 'In caso di parità la proposta è respinta.'
    : 'In caso di parità prevale il voto del Presidente (nello scrutinio segreto, dove non è noto, la proposta è respinta).';

export const remotePreview = (counts: boolean): string =>
  counts
    ? 'Chi partecipa in videoconferenza conta per il numero legale e vota come chi è in aula.'
    : 'Chi partecipa in videoconferenza risulta nel verbale, ma non conta per il numero legale né per il voto.';

export function noticePreview(r: ConferenceRules): string {
  const days = (n: number) => (n === 1 ? '1 giorno' : `${n} giorni`);
  if (![r.noticeDaysOrdinary, r.noticeDaysUrgent].every((n) => Number.isInteger(n) && n >= 0)) {
    return 'Preavviso: indicare numeri interi di giorni.';
  }
  return `Preavviso della convocazione: almeno ${days(r.noticeDaysOrdinary)} per le sedute ordinarie e straordinarie, ${days(r.noticeDaysUrgent)} per quelle urgenti (solo un avviso, non un blocco).`;
}
