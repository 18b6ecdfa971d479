import { ImportRefusal } from './refusal';

export const FORMATI = ['docx', 'odt', 'txt'] as const;
export type Formato = (typeof FORMATI)[number];

const ACCEPTED = 'sono accettati file .docx, .odt e .txt';

/** Formats people will try, with what to do instead. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  doc: 'I file .doc (Word 97-2003) non sono supportati: salvarlo come .docx o .odt.',
  rtf: 'I file .rtf non sono supportati: salvarlo come .docx o .odt.',
  pdf: `I file .pdf non sono supportati: importare il documento da cui è stato prodotto (${ACCEPTED}).`,
};

const isFormato = (ext: string): ext is Formato => (FORMATI as readonly string[]).includes(ext);

/** The format the file name claims, or a refusal naming what is accepted. */
export function formatoOf(fileName: string): Formato {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === undefined) throw new ImportRefusal(`Il file «${fileName}» non ha estensione: ${ACCEPTED}.`);
  if (isFormato(ext)) return ext;
  throw new ImportRefusal(UNSUPPORTED[ext] ?? `I file .${ext} non sono supportati: ${ACCEPTED}.`);
}
