// The life cycle of sedute and verbali, in one table each: the backend enforces it (and the database mirrors it with
// triggers), the renderer reads it to offer only the actions that are possible, with the reason when they are not.
import type { SedutaStato } from '../domain/seduta';
import type { VerbaleStato } from '../domain/verbale';

export type Allowed = { ok: true; motivoRichiesto: boolean } | { ok: false; perche: string };

const yes = (motivoRichiesto = false): Allowed => ({ ok: true, motivoRichiesto });
const no = (perche: string): Allowed => ({ ok: false, perche });

/** What decides whether a seduta may change state, besides its own state. */
export interface SedutaContext {
  storica: boolean;
  /** The state of its live verbale, if any. */
  verbale: VerbaleStato | null;
  /** Numbers of approved (or exported, signed) verbali whose approval is one of this seduta's items. */
  approvaVerbali: readonly string[];
  /** The seduta's date and today, "YYYY-MM-DD". */
  data: string;
  oggi: string;
}

const STATO_LABEL: Record<SedutaStato, string> = { convocata: 'convocata', in_corso: 'in corso', chiusa: 'chiusa', annullata: 'annullata' };

/** Allowed state changes of a seduta; `true`: a reason is required, and kept in the register of changes. */
export const SEDUTA_TRANSITIONS: Record<SedutaStato, Partial<Record<SedutaStato, boolean>>> = {
  convocata: { in_corso: false, annullata: true },
  in_corso: { chiusa: false, convocata: false, annullata: true },
  chiusa: { in_corso: true },
  annullata: { convocata: true },
};

/** The verbale states that lock the seduta: from approval on, corrections go through a rettifica. */
const LOCKING: readonly VerbaleStato[] = ['approvato', 'esportato', 'firmato', 'storico'];

export function sedutaTransition(from: SedutaStato, to: SedutaStato, ctx: SedutaContext): Allowed {
  if (ctx.storica) return no("Seduta storica registrata dall'archivio: il suo stato non si modifica.");
  const needsReason = SEDUTA_TRANSITIONS[from][to];
  if (needsReason === undefined) return no(`Una seduta ${STATO_LABEL[from]} non può passare a «${STATO_LABEL[to]}».`);
  if ((to === 'in_corso' || to === 'chiusa') && ctx.data > ctx.oggi) {
    return no('La seduta non si apre né si chiude prima del giorno in cui è convocata.');
  }
  if (from === 'chiusa' && ctx.verbale && LOCKING.includes(ctx.verbale)) {
    return no(`Il verbale della seduta è ${VERBALE_LABEL[ctx.verbale]}: la seduta non si riapre più; le correzioni si fanno con una rettifica.`);
  }
  if (from === 'chiusa' && ctx.approvaVerbali.length) {
    return no(
      `In questa seduta è stato approvato il verbale n. ${ctx.approvaVerbali.join(', ')}: ritirare prima l'approvazione per riaprirla.`,
    );
  }
  return yes(needsReason);
}

/** Agenda, attendance and votes change only while the seduta is convocata or in corso. */
export function sedutaEditable(stato: SedutaStato, storica: boolean): Allowed {
  if (storica) return no("Seduta storica registrata dall'archivio: i suoi dati non si modificano.");
  if (stato === 'chiusa') return no('La seduta è chiusa: per modificarla occorre riaprirla (la riapertura viene registrata).');
  if (stato === 'annullata') return no('La seduta è annullata: ripristinarla prima di modificarla.');
  return yes();
}

export const VERBALE_LABEL: Record<VerbaleStato, string> = {
  bozza: 'in bozza',
  approvato: 'approvato',
  esportato: 'esportato per la firma',
  firmato: 'firmato',
  annullato: 'annullato',
  storico: 'storico',
};

export type VerbaleAction =
  | 'modifica'
  | 'rigenera'
  | 'approva'
  | 'ritiraApprovazione'
  | 'esporta'
  | 'importaFirmato'
  | 'firmaAutografa'
  | 'annulla'
  | 'rettifica';

/** From which states each action on a verbale is possible; `motivo`: a reason is required. */
export const VERBALE_ACTIONS: Record<VerbaleAction, { da: readonly VerbaleStato[]; a: VerbaleStato | null; motivo: boolean }> = {
  modifica: { da: ['bozza'], a: null, motivo: false },
  rigenera: { da: ['bozza'], a: null, motivo: false },
  approva: { da: ['bozza'], a: 'approvato', motivo: false },
  ritiraApprovazione: { da: ['approvato', 'esportato'], a: 'bozza', motivo: true },
  esporta: { da: ['approvato'], a: 'esportato', motivo: false },
  importaFirmato: { da: ['esportato', 'firmato'], a: 'firmato', motivo: false },
  firmaAutografa: { da: ['esportato'], a: 'firmato', motivo: false },
  annulla: { da: ['bozza', 'approvato'], a: 'annullato', motivo: true },
  rettifica: { da: ['firmato'], a: null, motivo: false },
};

const ACTION_REFUSAL: Record<VerbaleAction, string> = {
  modifica: 'Il testo si modifica solo in bozza: dopo la firma, con una rettifica.',
  rigenera: 'Si rigenera solo una bozza.',
  approva: 'Si approva solo un verbale in bozza.',
  ritiraApprovazione: "L'approvazione si ritira solo prima della firma.",
  esporta: 'Si esporta per la firma solo un verbale approvato.',
  importaFirmato: 'Il file firmato si importa dopo aver esportato il verbale per la firma.',
  firmaAutografa: 'La firma autografa si registra su un verbale esportato per la firma.',
  annulla: 'Un verbale esportato o firmato non si annulla: si ritira l’approvazione o si redige una rettifica.',
  rettifica: 'Si rettifica solo un verbale firmato; una bozza si corregge direttamente.',
};

export function verbaleAction(action: VerbaleAction, stato: VerbaleStato): Allowed {
  const rule = VERBALE_ACTIONS[action];
  if (!rule.da.includes(stato)) return no(`${ACTION_REFUSAL[action]} (il verbale è ${VERBALE_LABEL[stato]}).`);
  return yes(rule.motivo);
}

/** A rettifica shows on its original ("Rettificato da") only once it is approved. */
export const rettificaInEffetto = (stato: VerbaleStato): boolean => stato === 'approvato' || stato === 'esportato' || stato === 'firmato';
