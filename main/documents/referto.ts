import type { Ente } from '../../shared/domain/ente';
import type { Pubblicazione } from '../../shared/domain/pubblicazione';
import { formatDateIt, longDateIt } from '../../shared/italian';
import type { Block, PdfDocumentSpec } from '../pdf';
import { letterhead, paragraphs, plain } from './common';

export interface RefertoDocumentInput {
  pubblicazione: Pick<Pubblicazione, 'atto' | 'oggetto' | 'numeroTesto' | 'dal' | 'al' | 'giorni' | 'copiaSha256'>;
  esito: 'senza_opposizioni' | 'con_note';
  note: string;
  firmatario: string;
  qualifica: string;
  /** The day the referto is issued (in Italy). */
  il: string;
  ente: Ente;
  organo: string;
  creationDate: Date;
}

/** The act as the certificate names it: "il verbale n. 03/2027", "l'estratto del verbale n. 03/2027 – punto n. 2". */
function attoInFrase(atto: string): string {
  const lower = `${atto.charAt(0).toLowerCase()}${atto.slice(1)}`;
  return atto.startsWith('Estratto') ? `l'${lower}` : `il ${lower}`;
}

/** The referto di pubblicazione (certificato di avvenuta pubblicazione), as PDF/A to be signed. */
export function refertoDocument({ pubblicazione: p, esito, note, firmatario, qualifica, il, ente, organo, creationDate }: RefertoDocumentInput): PdfDocumentSpec {
  const certifica =
    `Si certifica che ${attoInFrase(p.atto)} della ${organo}, avente per oggetto «${p.oggetto}», è stato pubblicato all'albo pretorio on line ` +
    `del Comune di ${ente.capofilaNome} (capofila dell'${ente.nome}) dal ${formatDateIt(p.dal)} al ${formatDateIt(p.al)} ` +
    `per ${p.giorni} giorni consecutivi, al n. ${p.numeroTesto} del registro delle pubblicazioni, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267.`;
  const esitoBlocks: Block[] =
    esito === 'senza_opposizioni'
      ? [{ type: 'paragraph', text: plain('Durante il periodo di pubblicazione non sono pervenuti opposizioni o reclami.') }]
      : [{ type: 'paragraph', text: plain('Durante il periodo di pubblicazione è pervenuto quanto segue:') }, ...paragraphs(note)];
  return {
    meta: {
      title: `Referto di pubblicazione n. ${p.numeroTesto} – ${p.atto}`,
      subject: `Certificato di avvenuta pubblicazione all'albo pretorio: ${p.atto}`,
      author: ente.nome,
      keywords: ['Referto di pubblicazione', 'Albo pretorio', p.numeroTesto, p.atto],
      creationDate,
    },
    letterhead: letterhead(ente, organo, []),
    footerNote: `Referto di pubblicazione n. ${p.numeroTesto}`,
    blocks: [
      { type: 'heading', level: 1, text: 'REFERTO DI PUBBLICAZIONE' },
      { type: 'paragraph', text: "Certificato di avvenuta pubblicazione all'albo pretorio on line", align: 'center' },
      { type: 'paragraph', text: plain(certifica) },
      ...esitoBlocks,
      { type: 'paragraph', text: plain(`Impronta SHA-256 della copia pubblicata: ${p.copiaSha256}`), align: 'left' },
      {
        type: 'keepTogether',
        blocks: [
          { type: 'paragraph', text: plain(`${ente.capofilaNome}, ${longDateIt(il)}`), align: 'left' },
          { type: 'signatures', signatories: [{ role: qualifica, name: firmatario }] },
        ],
      },
    ],
  };
}
