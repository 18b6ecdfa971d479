import type { Comune } from '../../shared/domain/comune';
import type { Ente } from '../../shared/domain/ente';
import type { SedutaDetail } from '../../shared/domain/seduta';
import { formatDateIt, longDateIt } from '../../shared/italian';
import type { PdfDocumentSpec } from '../pdf';
import { placeWithArticle } from '../../shared/verbali/luogo';
import { letterhead, plain } from './common';

interface SedutaDocumentInput {
  detail: SedutaDetail;
  ente: Ente;
  organo: string;
  comuni: readonly Comune[];
  creationDate: Date;
}

const sedutaLabel = (d: SedutaDetail) => `seduta ${d.seduta.tipo ?? ''} del ${formatDateIt(d.seduta.data)}`.replace('  ', ' ');

/** The comuni convened: the seduta's members once attendance exists, otherwise the active comuni. */
export function destinatariOf(detail: SedutaDetail, comuni: readonly Comune[]): Comune[] {
  const membri = detail.presenze.length ? new Set(detail.presenze.map((p) => p.comuneId)) : undefined;
  return comuni.filter((c) => (membri ? membri.has(c.id) : c.attivo));
}

const callPhrase = (dateTime: string | null, fallbackDate: string, fallbackTime: string | null): string => {
  const [date, time] = dateTime ? dateTime.split('T') : [fallbackDate, fallbackTime];
  return `il giorno ${longDateIt(date!)}${time ? ` alle ore ${time}` : ''}`;
};

/** "alla seduta ordinaria della …, che si terrà presso la Sala … in prima convocazione il giorno … e, occorrendo, in seconda …". */
function convening({ seduta }: SedutaDetail, organo: string): string {
  const prima = callPhrase(seduta.primaConvocazione, seduta.data, seduta.oraInizio);
  const seconda = seduta.secondaConvocazione ? ` e, occorrendo, in seconda convocazione ${callPhrase(seduta.secondaConvocazione, seduta.data, null)}` : '';
  const luogo = seduta.luogo ? placeWithArticle(seduta.luogo) : 'la sede indicata';
  return `alla seduta ${seduta.tipo ? `${seduta.tipo} ` : ''}della ${organo}, che si terrà presso ${luogo} in prima convocazione ${prima}${seconda}`;
}

export const convocazioneSubject = (detail: SedutaDetail, organo: string): string => `Convocazione della ${organo} – ${sedutaLabel(detail)}`;

/** The body of the e-mail that carries the letter. */
export function convocazioneMailText(detail: SedutaDetail, ente: Ente, organo: string): string {
  return [
    `Ai Sindaci dei Comuni dell'${ente.nome}`,
    '',
    `Si trasmette in allegato la lettera di convocazione ${convening(detail, organo)}.`,
    '',
    'Ordine del giorno:',
    ...detail.punti.map((p) => `${p.posizione}. ${p.titolo}`),
    '',
    'Distinti saluti.',
    '',
    'Il Presidente',
    ente.presidente,
  ].join('\n');
}

/** The letter convening the mayors: place, time, first and second call, ordine del giorno, distribution list. */
export function convocazioneDocument({ detail, ente, organo, comuni, creationDate }: SedutaDocumentInput): PdfDocumentSpec {
  const { seduta, punti } = detail;
  const prot = [seduta.convocazioneProt && `Prot. n. ${seduta.convocazioneProt}`, seduta.convocazioneData && `del ${formatDateIt(seduta.convocazioneData)}`]
    .filter(Boolean)
    .join(' ');
  const destinatari = destinatariOf(detail, comuni);
  return {
    meta: {
      title: `Convocazione – ${organo} – ${sedutaLabel(detail)}`,
      subject: `Convocazione della ${sedutaLabel(detail)}`,
      author: ente.nome,
      keywords: ['Convocazione', organo, formatDateIt(seduta.data)],
      creationDate,
    },
    letterhead: letterhead(ente, organo, []),
    footerNote: `Convocazione – ${sedutaLabel(detail)}`,
    blocks: [
      ...(prot ? [{ type: 'paragraph' as const, text: prot, align: 'right' as const }] : []),
      { type: 'paragraph', text: `Ai Sindaci dei Comuni dell'${ente.nome}\nLORO SEDI`, align: 'right' },
      { type: 'paragraph', text: [{ text: 'Oggetto: ', bold: true }, { text: `convocazione della ${organo} – ${sedutaLabel(detail)}.` }] },
      {
        type: 'paragraph',
        text: plain(`La S.V. è convocata ${convening(detail, organo)}, per discutere il seguente ordine del giorno:`),
      },
      { type: 'list', style: 'numbered', items: punti.map((p) => plain(p.titolo)) },
      {
        type: 'paragraph',
        text: "In caso di impedimento il Sindaco può farsi rappresentare da un proprio delegato, munito dell'atto di delega da consegnare in apertura di seduta.",
      },
      { type: 'paragraph', text: 'Distinti saluti.' },
      { type: 'signatures', signatories: [{ role: 'Il Presidente', name: ente.presidente }] },
      { type: 'heading', level: 3, text: 'Destinatari' },
      {
        type: 'table',
        columns: [{ header: 'Comune', width: 0.35 }, { header: 'Sindaco', width: 0.3 }, { header: 'PEC' }],
        rows: destinatari.map((c) => [c.nome, c.sindacoNome, c.sindacoPec]),
        zebra: true,
      },
    ],
  };
}

/** The sign-in sheet: one row per member comune, with a column to sign in. */
export function foglioPresenzeDocument({ detail, ente, organo, creationDate }: SedutaDocumentInput): PdfDocumentSpec {
  const { seduta } = detail;
  return {
    meta: {
      title: `Foglio presenze – ${organo} – ${sedutaLabel(detail)}`,
      subject: `Foglio presenze della ${sedutaLabel(detail)}`,
      author: ente.nome,
      keywords: ['Foglio presenze', organo, formatDateIt(seduta.data)],
      creationDate,
    },
    letterhead: letterhead(ente, organo, []),
    footerNote: `Foglio presenze – ${sedutaLabel(detail)}`,
    blocks: [
      { type: 'heading', level: 1, text: 'FOGLIO PRESENZE' },
      { type: 'paragraph', text: `${organo} – ${sedutaLabel(detail)}${seduta.oraInizio ? `, ore ${seduta.oraInizio}` : ''}${seduta.luogo ? `, ${seduta.luogo}` : ''}`, align: 'center' },
      {
        type: 'table',
        columns: [
          { header: 'Comune', width: 0.26 },
          { header: 'Nominativo', width: 0.28 },
          { header: 'Sindaco / Delegato', width: 0.18 },
          { header: 'Firma' },
        ],
        rows: detail.presenze.map((p) => [p.comune, p.nominativo || p.sindacoAttuale, p.stato === 'delegato' ? 'Delegato' : p.stato === 'sindaco' ? 'Sindaco' : '', '']),
      },
    ],
  };
}
