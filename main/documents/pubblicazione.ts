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
  /** Shown to the office before publishing: marked, so that it is never mistaken for the registered copy. */
  anteprima?: boolean;
}

export const COPIA_ALBO_TITOLO = "COPIA PER LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE";
export const ANTEPRIMA_MARK = 'ANTEPRIMA – pubblicazione non ancora registrata: non è la copia da pubblicare';
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
export function copiaPubblicazioneDocument({ atto, numeroAlbo, dal, al, omissis, firmatoIl, firmaModo, creationDate, anteprima = false }: CopiaPubblicazioneInput): PdfDocumentSpec {
  const originale = `L'originale, sottoscritto con firma ${firmaModo === 'digitale' ? 'digitale' : 'autografa'} il ${formatDateIt(firmatoIl)}, è conservato agli atti dell'Ufficio di Piano.`;
  const omesso = applicaOmissis({ ...atto, blocks: signedAs(atto.blocks, originale) }, omissis);
  const centred = (text: string, bold = false): Block => ({ type: 'paragraph', text: [{ text, bold }], align: 'center' });
  const avviso: Block[] = [
    ...(anteprima ? [centred(ANTEPRIMA_MARK, true)] : []),
    centred(COPIA_ALBO_TITOLO, true),
    ...(omissis.length ? [centred(NOTA_DATI_OMESSI)] : []),
    centred(`Pubblicazione n. ${numeroAlbo} del registro dell'albo pretorio, dal ${formatDateIt(dal)} al ${formatDateIt(al)}.`),
    { type: 'spacer', height: 6 },
  ];
  return {
    ...omesso,
    meta: { ...omesso.meta, title: `Copia per l'albo pretorio n. ${numeroAlbo} – ${omesso.meta.title}`, keywords: [...omesso.meta.keywords, 'Albo pretorio', numeroAlbo], creationDate },
    footerNote: `Copia per l'albo pretorio n. ${numeroAlbo}${omesso.footerNote ? ` – ${omesso.footerNote}` : ''}`,
    blocks: [...avviso, ...omesso.blocks],
  };
}
