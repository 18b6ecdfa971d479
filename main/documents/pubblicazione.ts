import { formatDateIt } from '../../shared/italian';
import type { Block, PdfDocumentSpec } from '../pdf';
import { applicaOmissis } from '../services/pubblicazione-omissis';

export interface CopiaPubblicazioneInput {
  /** The act as the office prints it: the verbale, or the estratto of one item. */
  atto: PdfDocumentSpec;
  /** "12/2027" */
  numeroAlbo: string;
  dal: string;
  al: string;
  omissis: readonly string[];
  /** The day the original was signed, and how. */
  firmatoIl: string;
  firmaModo: 'digitale' | 'autografa';
  creationDate: Date;
}

export const COPIA_ALBO_TITOLO = "COPIA PER LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE";
export const NOTA_DATI_OMESSI =
  "Dati personali omessi (omissis) ai sensi del Regolamento (UE) 2016/679 e dell'art. 7-bis, comma 4, del D.Lgs. 14 marzo 2013, n. 33.";

/** The signature lines of the original become "F.to" lines: the copy is not signed, the original is. */
function signedAs(blocks: readonly Block[], originale: string): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.type === 'keepTogether') return [{ ...b, blocks: signedAs(b.blocks, originale) }];
    if (b.type !== 'signatures') return [b];
    return [
      ...b.signatories.map((s): Block => ({ type: 'paragraph', text: [{ text: `${s.role}: ` }, { text: `F.to ${s.name}`, bold: true }], align: 'left' })),
      { type: 'paragraph', text: originale, align: 'left' },
    ];
  });
}

/**
 * The copy of a signed act for the albo pretorio, as PDF/A: the act's text with the passages the office marked
 * replaced by "omissis" everywhere, headed by what it is and where it is published.
 */
export function copiaPubblicazioneDocument({ atto, numeroAlbo, dal, al, omissis, firmatoIl, firmaModo, creationDate }: CopiaPubblicazioneInput): PdfDocumentSpec {
  const originale = `L'originale, sottoscritto con firma ${firmaModo === 'digitale' ? 'digitale' : 'autografa'} il ${formatDateIt(firmatoIl)}, è conservato agli atti dell'Ufficio di Piano.`;
  const omesso = applicaOmissis({ ...atto, blocks: signedAs(atto.blocks, originale) }, omissis);
  const avviso: Block[] = [
    { type: 'paragraph', text: [{ text: COPIA_ALBO_TITOLO, bold: true }], align: 'center' },
    ...(omissis.length ? [{ type: 'paragraph', text: NOTA_DATI_OMESSI, align: 'center' } as const] : []),
    { type: 'paragraph', text: `Pubblicazione n. ${numeroAlbo} del registro dell'albo pretorio, dal ${formatDateIt(dal)} al ${formatDateIt(al)}.`, align: 'center' },
    { type: 'spacer', height: 6 },
  ];
  return {
    ...omesso,
    meta: { ...omesso.meta, title: `Copia per l'albo pretorio n. ${numeroAlbo} – ${omesso.meta.title}`, keywords: [...omesso.meta.keywords, 'Albo pretorio', numeroAlbo], creationDate },
    footerNote: `Copia per l'albo pretorio n. ${numeroAlbo}${omesso.footerNote ? ` – ${omesso.footerNote}` : ''}`,
    blocks: [...avviso, ...omesso.blocks],
  };
}
