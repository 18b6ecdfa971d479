import { presentAt } from '../../shared/domain/presence';
import { formatDateIt } from '../../shared/italian';
import type { Ente } from '../../shared/domain/ente';
import type { Presenza, Punto, SedutaDetail } from '../../shared/domain/seduta';
import type { RigaPresenza } from '../../shared/domain/verbale';
import {
  closingSentence,
  dispositivo,
  openingParagraph,
  presidencySentence,
  quorumDeclaration,
  voteSentence,
} from '../../shared/verbali/sentences';

export interface SezioneDraft {
  chiave: string;
  titolo: string;
  tipo: 'testo' | 'presenze';
  testo: string;
}

const ROLE: Record<Presenza['stato'], string> = {
  sindaco: 'Sindaco',
  delegato: 'Delegato',
  assente: '',
  assente_giustificato: '',
};

/** The presence table as the verbale freezes it: who sat for each comune, in which role. */
export function presenceRows(presenze: readonly Presenza[]): RigaPresenza[] {
  return presenze.map((p) => {
    const presente = p.stato === 'sindaco' || p.stato === 'delegato';
    const ruolo = presente ? ROLE[p.stato] : p.stato === 'assente_giustificato' ? 'Assente giustificato' : 'Assente';
    return { comune: p.comune, nominativo: presente ? p.nominativo : '', ruolo, presente, popolazione: p.popolazioneResidente };
  });
}

function voteParagraph(punto: Punto, presenze: readonly Presenza[]): string {
  const v = punto.votazione;
  if (!v) return 'Il punto non è stato posto in votazione.';
  if (!v.esito) return `Votazione registrata ma non valutabile: ${v.errore ?? 'dati incompleti'}.`;
  const namesOf = (voto: 'contrario' | 'astenuto') =>
    v.modalita === 'palese'
      ? presenze.filter((p) => presentAt(p, v.ora) && v.voti.some((x) => x.comuneId === p.comuneId && x.voto === voto)).map((p) => p.comune)
      : [];
  return voteSentence({
    modalita: v.modalita,
    esito: v.esito.esito,
    presenti: v.esito.presenti,
    favorevoli: v.esito.favorevoli,
    contrari: v.esito.contrari,
    astenuti: v.esito.astenuti,
    contrariNomi: namesOf('contrario'),
    astenutiNomi: namesOf('astenuto'),
  });
}

/** The draft of a verbale, section by section, composed from the seduta as recorded. Every section stays editable. */
export function composeSezioni(detail: SedutaDetail, ente: Ente, organo: string): SezioneDraft[] {
  const { seduta, presenze, punti, quorum } = detail;
  const sezioni: SezioneDraft[] = [
    {
      chiave: 'apertura',
      titolo: '',
      tipo: 'testo',
      testo: openingParagraph({
        data: seduta.data,
        oraInizio: seduta.oraInizio,
        luogo: seduta.luogo,
        convocazioneProt: seduta.convocazioneProt,
        convocazioneData: seduta.convocazioneData,
        tipo: seduta.tipo,
        convocazione: seduta.convocazioneEffettiva,
        organo,
        ente: ente.nome,
      }),
    },
    {
      chiave: 'presidenza',
      titolo: '',
      tipo: 'testo',
      testo: presidencySentence({ presidente: ente.presidente, capofila: ente.capofilaNome, segretario: ente.segretarioVerbalizzante }),
    },
    { chiave: 'presenze', titolo: 'Presenze', tipo: 'presenze', testo: JSON.stringify(presenceRows(presenze)) },
    { chiave: 'numero_legale', titolo: '', tipo: 'testo', testo: quorum ? quorumDeclaration(quorum.frase, quorum.raggiunto) : '' },
    {
      chiave: 'odg',
      titolo: 'Ordine del giorno',
      tipo: 'testo',
      testo: punti.map((p) => `${p.posizione}. ${p.titolo}`).join('\n'),
    },
  ];
  for (const punto of punti) {
    const relatore = punto.relatore ? `Relaziona ${punto.relatore}. ` : '';
    sezioni.push(
      {
        chiave: `punto-${punto.id}-discussione`,
        titolo: `Punto n. ${punto.posizione} – ${punto.titolo}`,
        tipo: 'testo',
        testo: `${relatore}${punto.descrizione}`.trim(),
      },
      { chiave: `punto-${punto.id}-votazione`, titolo: '', tipo: 'testo', testo: voteParagraph(punto, presenze) },
      {
        chiave: `punto-${punto.id}-dispositivo`,
        titolo: '',
        tipo: 'testo',
        testo: punto.votazione?.esito ? dispositivo(punto.votazione.esito.esito, punto.titolo) : '',
      },
    );
  }
  sezioni.push({ chiave: 'chiusura', titolo: '', tipo: 'testo', testo: closingSentence(seduta.oraFine) });
  return sezioni;
}

/** The verbale's subject: the seduta's, or its agenda. */
export const oggettoOf = (detail: SedutaDetail): string =>
  detail.seduta.oggetto || detail.punti.map((p) => p.titolo).join('; ') || `Seduta del ${formatDateIt(detail.seduta.data)}`;
