import { delegato } from './persone';
import { listIt } from './sentences';

/** Who sits for a comune: its Sindaco, or a delegate by name. */
export interface Rappresentante {
  comune: string;
  ruolo: 'sindaco' | 'delegato';
  nominativo: string;
}

/** The act as typed ("decreto sindacale n. 5 del 02/08/2018", "prot. n. 812", "812/2026"), named as a delegation. */
function actOf(delegaRif: string): string {
  const act = delegaRif.trim();
  if (/^\d/.test(act)) return `delega prot. n. ${act}`;
  if (/^(prot|n\.)/i.test(act)) return `delega ${act}`;
  return act;
}

/** "Il Comune di Lauria è rappresentato dalla delegata Anna Bianchi, vicesindaco, giusta delega prot. n. 812 del 02/12/2026." */
export function delegationSentence(d: { comune: string; nominativo: string; qualifica?: string; delegaRif: string }): string {
  const role = d.qualifica?.trim() ? `, ${d.qualifica.trim()}` : '';
  const act = d.delegaRif.trim() ? `, giusta ${actOf(d.delegaRif)}` : '';
  return `Il Comune di ${d.comune} è rappresentato ${delegato(d.nominativo, 'dal')} ${d.nominativo}${role}${act}.`;
}

const subject = (r: Rappresentante): string =>
  r.ruolo === 'sindaco' ? `il Sindaco del Comune di ${r.comune}` : `${delegato(r.nominativo, 'il')} del Comune di ${r.comune}, ${r.nominativo}`;

const clause = (verb: [string, string], who: readonly Rappresentante[]): string =>
  `${who.length === 1 ? verb[0] : verb[1]} ${listIt(who.map(subject))}`;

/** "Alle ore 10:15 entra il Sindaco del Comune di Maratea; presenti n. 16." — arrivals and exits at one time. */
export function movementSentence(m: { ora: string; entrano: readonly Rappresentante[]; escono: readonly Rappresentante[]; presenti: number }): string {
  const clauses = [
    ...(m.entrano.length ? [clause(['entra', 'entrano'], m.entrano)] : []),
    ...(m.escono.length ? [clause(['esce', 'escono'], m.escono)] : []),
  ];
  return `Alle ore ${m.ora} ${clauses.join(' ed ')}; presenti n. ${m.presenti}.`;
}

/**
 * Who attended by videoconference, and whether the rules in force counted them: "Partecipano in videoconferenza
 * il Sindaco del Comune di Maratea e la delegata del Comune di Lauria, Anna Bianchi, computati ai fini del numero
 * legale e delle votazioni secondo le regole in vigore."
 */
export function remoteSentence(who: readonly Rappresentante[], computati: boolean): string {
  if (who.length === 0) return '';
  const one = who.length === 1;
  const verb = one ? 'Partecipa' : 'Partecipano';
  const counted = computati
    ? `${one ? 'computato' : 'computati'} ai fini del numero legale e delle votazioni secondo le regole in vigore`
    : `${one ? 'non computato' : 'non computati'}, secondo le regole in vigore, ai fini del numero legale e delle votazioni`;
  return `${verb} in videoconferenza ${listIt(who.map(subject))}, ${counted}.`;
}
