import type { Ente } from '../../shared/domain/ente';
import type { Block, PdfDocumentSpec } from '../pdf';
import type { SezioneRow, VerbaleRecord } from '../store/verbali';
import { allegatiBlocks, type AllegatoElencato } from './allegati-list';
import { letterhead } from './common';
import { draftMark, sectionBlocks, verbaleSignatures } from './verbale';

export interface EstrattoDocumentInput {
  verbale: VerbaleRecord;
  sezioni: readonly SezioneRow[];
  punto: { id: number; posizione: number; titolo: string };
  ente: Ente;
  organo: string;
  comuni: readonly string[];
  creationDate: Date;
  /** The item's allegati. */
  allegati?: readonly AllegatoElencato[];
}

/** What every extract repeats of the verbale: how the seduta was convened and opened, and who attended. */
const PREAMBLE = new Set(['apertura', 'presidenza', 'presenze', 'deleghe', 'numero_legale']);

/** The sections of the verbale an extract for one agenda item carries, in the verbale's order. */
export const estrattoSezioni = (sezioni: readonly SezioneRow[], puntoId: number): SezioneRow[] =>
  sezioni.filter((s) => PREAMBLE.has(s.chiave) || s.chiave.startsWith(`punto-${puntoId}-`));

/** "Estratto del verbale" for one agenda item: the verbale's opening, attendance and that item, as PDF/A. */
export function estrattoDocument({ verbale, sezioni, punto, ente, organo, comuni, creationDate, allegati = [] }: EstrattoDocumentInput): PdfDocumentSpec {
  const numero = `Estratto del verbale n. ${verbale.numeroTesto}`;
  const oggetto = `Punto n. ${punto.posizione} – ${punto.titolo}`;
  const closing: Block[] = [
    {
      type: 'paragraph',
      text:
        verbale.stato === 'firmato'
          ? "Per estratto conforme all'originale, firmato e conservato agli atti."
          : `Per estratto dal verbale n. ${verbale.numeroTesto}, non ancora firmato.`,
      align: 'left',
    },
    verbaleSignatures(ente),
  ];
  return {
    meta: {
      title: `${numero} – ${oggetto}`,
      subject: punto.titolo,
      author: ente.nome,
      keywords: ['Estratto', verbale.numeroTesto, organo],
      creationDate,
    },
    letterhead: letterhead(ente, organo, comuni),
    footerNote: numero,
    blocks: [
      { type: 'heading', level: 1, text: `ESTRATTO DEL VERBALE N. ${verbale.numeroTesto}` },
      ...draftMark(verbale),
      { type: 'paragraph', text: [{ text: 'Oggetto: ', bold: true }, { text: oggetto }] },
      ...estrattoSezioni(sezioni, punto.id).flatMap(sectionBlocks),
      ...allegatiBlocks(allegati),
      { type: 'keepTogether', blocks: closing },
    ],
  };
}
