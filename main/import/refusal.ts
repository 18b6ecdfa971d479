import { AppFailure } from '../errors';
import type { Formato } from './formato';

/** A file the import will not read, with the Italian reason the user sees. A VALIDATION failure, so dispatch reports it as is. */
export class ImportRefusal extends AppFailure {
  constructor(message: string) {
    super('VALIDATION', message);
    this.name = 'ImportRefusal';
  }
}

const EXPECTED: Record<Formato, string> = {
  docx: 'un documento Word (.docx)',
  odt: 'un documento di testo OpenDocument (.odt)',
  txt: 'un file di testo',
};

/** The file's content is not what its extension says; `found` tells what it is, when known. */
export const notWhatItClaims = (fileName: string, formato: Formato, found?: string): ImportRefusal =>
  new ImportRefusal(`Il file «${fileName}» non è ${EXPECTED[formato]}${found ? `: il contenuto è ${found}` : ''}.`);

/** About 2 000 pages: the splitter's work stays bounded whatever the file holds. */
export const MAX_PARAGRAPHS = 100_000;

export const tooManyParagraphs = (): ImportRefusal =>
  new ImportRefusal(
    `Il documento contiene più di ${MAX_PARAGRAPHS.toLocaleString('it-IT')} paragrafi, oltre il limite per un regolamento: non è stato importato.`,
  );

export const unreadable = (fileName: string): ImportRefusal =>
  new ImportRefusal(`Il file «${fileName}» è danneggiato o illeggibile.`);
