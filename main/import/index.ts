// Importing a regolamento from the files staff keep today (.docx, .odt, .txt): read the text,
// split it into articles for the preview. Nothing is stored here.
import { splitArticoli, type Articolo } from '../../shared/regolamenti';
import { readDocx } from './docx';
import type { ExtractedText } from './extracted-text';
import { formatoOf, type Formato } from './formato';
import { readOdt } from './odt';
import { ImportRefusal } from './refusal';
import { readTxt } from './txt';

export { ImportRefusal } from './refusal';
export type { Formato } from './formato';

export interface ImportResult {
  formato: Formato;
  titolo?: string;
  preambolo: string;
  articoli: Articolo[];
  /** Italian notes for the preview: encoding guessed, numbering to check, parts left out. */
  avvisi: string[];
}

const READERS: Record<Formato, (bytes: Buffer, fileName: string) => Promise<ExtractedText>> = {
  docx: readDocx,
  odt: readOdt,
  txt: readTxt,
};

const NO_ARTICLES =
  'Nel documento non sono stati trovati articoli (intestazioni come «Art. 1» o «Articolo 1 – Titolo»).';

/** Reads and splits the file, or throws ImportRefusal with the reason to show. */
export async function importRegolamento({ fileName, bytes }: { fileName: string; bytes: Buffer }): Promise<ImportResult> {
  const formato = formatoOf(fileName);
  if (bytes.length === 0) throw new ImportRefusal(`Il file «${fileName}» è vuoto.`);
  const extracted = await READERS[formato](bytes, fileName);
  if (extracted.text.trim() === '') throw new ImportRefusal(`Il file «${fileName}» non contiene testo.`);
  const { avvisi, ...split } = splitArticoli(extracted.text);
  if (split.articoli.length === 0) throw new ImportRefusal(NO_ARTICLES);
  return { formato, ...split, avvisi: [...extracted.avvisi, ...avvisi] };
}
