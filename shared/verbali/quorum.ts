import { formatDateIt } from '../italian';

export interface QuorumDeclarationInput {
  /** Comuni present when the seduta opens. */
  presenti: number;
  membri: number;
  richiesti: number;
  convocazione: 'prima' | 'seconda';
  /** Of the `presenti`, those connected by videoconference (counted by the rules in force). */
  collegati?: number;
}

const comuni = (n: number) => `n. ${n} ${n === 1 ? 'comune' : 'comuni'}`;

/** "Il Presidente, constatata la presenza di n. 15 comuni su 27, e quindi del numero legale richiesto di 14 in prima convocazione, dichiara aperta la seduta." */
export function quorumDeclaration(q: QuorumDeclarationInput): string {
  const remote = q.collegati ? `, di cui n. ${q.collegati} in videoconferenza` : '';
  const presenza = `constatata la presenza di ${comuni(q.presenti)} su ${q.membri}${remote}`;
  const legale = `numero legale richiesto di ${q.richiesti} in ${q.convocazione} convocazione`;
  return q.presenti >= q.richiesti
    ? `Il Presidente, ${presenza}, e quindi del ${legale}, dichiara aperta la seduta.`
    : `Il Presidente, ${presenza}, inferiore al ${legale}, dichiara deserta la seduta.`;
}

/** For a seduta held in second call: the first call, at its date and time when known, went deserted. */
export function firstCallDeserted(primaConvocazione: string | null): string {
  if (!primaConvocazione) return 'La prima convocazione è andata deserta per mancanza del numero legale.';
  const [date = '', time = ''] = primaConvocazione.split('T');
  return `La prima convocazione, fissata per il giorno ${formatDateIt(date)} alle ore ${time}, è andata deserta per mancanza del numero legale.`;
}
