import type { Ente } from '../../shared/domain/ente';
import type { RigaPresenza } from '../../shared/domain/verbale';
import { SUBSCRIPTION_FORMULA } from '../../shared/verbali/sentences';
import type { Block, PdfDocumentSpec } from '../pdf';
import type { SezioneRow, VerbaleRecord } from '../store/verbali';
import { allegatiBlocks, type AllegatoElencato } from './allegati-list';
import { letterhead, paragraphs, plain } from './common';

export interface VerbaleDocumentInput {
  verbale: VerbaleRecord;
  sezioni: readonly SezioneRow[];
  ente: Ente;
  organo: string;
  comuni: readonly string[];
  /** Date written in the document's metadata (the signing date for the final PDF). */
  creationDate: Date;
  /** The verbale's own allegati and those of its seduta's agenda items. */
  allegati?: readonly AllegatoElencato[];
}

function presenceTable(rows: readonly RigaPresenza[]): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Comune', width: 0.3 },
      { header: 'Nominativo', width: 0.35 },
      { header: 'Ruolo', width: 0.2 },
      { header: 'Presente', width: 0.15, align: 'center' },
    ],
    rows: rows.map((r) => [r.comune, r.nominativo, r.ruolo, r.presente ? 'Sì' : 'No']),
    zebra: true,
  };
}

/** One section of the verbale as PDF blocks: its heading, then the presence table, the agenda list or paragraphs. */
export function sectionBlocks(s: Pick<SezioneRow, 'chiave' | 'titolo' | 'tipo' | 'testo'>): Block[] {
  const heading: Block[] = s.titolo ? [{ type: 'heading', level: 2, text: s.titolo }] : [];
  if (s.tipo === 'presenze') return [...heading, presenceTable(JSON.parse(s.testo) as RigaPresenza[])];
  if (s.chiave === 'odg') {
    const items = s.testo.split('\n').map((l) => l.replace(/^\d+\.\s*/, '').trim()).filter(Boolean);
    return [...heading, { type: 'list', style: 'numbered', items: items.map(plain) }];
  }
  if (s.chiave.endsWith('-dispositivo')) return [...heading, ...paragraphs(s.testo, 'center')];
  return [...heading, ...paragraphs(s.testo)];
}

/** The Presidente and the Segretario verbalizzante sign the verbale and its extracts. */
export const verbaleSignatures = (ente: Ente): Block => ({
  type: 'signatures',
  signatories: [
    { role: 'Il Presidente', name: ente.presidente },
    { role: 'Il Segretario verbalizzante', name: ente.segretarioVerbalizzante },
  ],
});

/** "**BOZZA** – documento non ancora approvato" on anything printed from a draft. */
export const draftMark = (verbale: VerbaleRecord): Block[] =>
  verbale.stato === 'bozza' ? [{ type: 'paragraph', text: '**BOZZA** – documento non ancora approvato', align: 'center' }] : [];

/** The verbale as a PDF/A document: letterhead, number and subject, its sections, signatures. */
export function verbaleDocument({ verbale, sezioni, ente, organo, comuni, creationDate, allegati = [] }: VerbaleDocumentInput): PdfDocumentSpec {
  const numero = `Verbale n. ${verbale.numeroTesto}`;
  const rettifica: Block[] = verbale.rettificaDi
    ? [{ type: 'paragraph', text: `Rettifica del verbale n. ${verbale.rettificaDi.numeroTesto}`, align: 'center' }]
    : [];
  const closing: Block[] = [{ type: 'paragraph', text: SUBSCRIPTION_FORMULA, align: 'left' }, verbaleSignatures(ente)];
  return {
    meta: {
      title: `${numero} – ${organo}`,
      subject: verbale.oggetto,
      author: ente.nome,
      keywords: [numero, verbale.numeroTesto, organo],
      creationDate,
    },
    letterhead: letterhead(ente, organo, comuni),
    footerNote: numero,
    blocks: [
      { type: 'heading', level: 1, text: `VERBALE N. ${verbale.numeroTesto}` },
      ...rettifica,
      ...draftMark(verbale),
      { type: 'paragraph', text: [{ text: 'Oggetto: ', bold: true }, { text: verbale.oggetto }] },
      ...sezioni.flatMap(sectionBlocks),
      ...allegatiBlocks(allegati),
      { type: 'keepTogether', blocks: closing },
    ],
  };
}
