// Importing a regolamento from the files staff keep today (.docx, .odt, .txt): read the text,
// split it into articles for the preview. Nothing is stored here.
import { MAX_ARTICOLI } from '../../shared/domain/regolamento';
import { splitArticoli, type Articolo } from '../../shared/regolamenti';
import type { Progress } from '../archive/integrity';
import { readDocx } from './docx';
import type { ExtractedText } from './extracted-text';
import { formatoOf, type Formato } from './formato';
import { readOdt } from './odt';
import { ImportRefusal, MAX_PARAGRAPHS, tooManyParagraphs } from './refusal';
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

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

const tooManyArticles = (count: number) =>
  `Il documento contiene ${count} articoli, oltre il limite di ${MAX_ARTICOLI} per un regolamento: non è stato importato. ` +
  'Controllare che sia il testo di un solo regolamento.';

/** Reads and splits the file, or throws ImportRefusal with the reason to show. */
export async function importRegolamento({ fileName, bytes }: { fileName: string; bytes: Buffer }, progress: Progress = () => {}): Promise<ImportResult> {
  const formato = formatoOf(fileName);
  if (bytes.length === 0) throw new ImportRefusal(`Il file «${fileName}» è vuoto.`);
  progress(0, `Lettura di «${fileName}»`);
  const extracted = await READERS[formato](bytes, fileName);
  progress(0.7, 'Divisione in articoli');
  if (extracted.text.trim() === '') throw new ImportRefusal(`Il file «${fileName}» non contiene testo.`);
  if (lineCount(extracted.text) > MAX_PARAGRAPHS) throw tooManyParagraphs();
  const { avvisi, ...split } = splitArticoli(extracted.text);
  if (split.articoli.length === 0) throw new ImportRefusal(NO_ARTICLES);
  if (split.articoli.length > MAX_ARTICOLI) throw new ImportRefusal(tooManyArticles(split.articoli.length));
  progress(1, 'Testo pronto da controllare');
  return { formato, ...split, avvisi: [...extracted.avvisi, ...avvisi] };
}
