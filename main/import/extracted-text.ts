/** What a reader gets out of a file: plain text, one line per paragraph, and notes for the user. */
export interface ExtractedText {
  text: string;
  avvisi: string[];
}

/** Footnotes have no place among an article's paragraphs, so readers leave them out and say so. */
export const notesWarning = (count: number): string =>
  count === 1 ? 'Una nota a piè di pagina non è stata importata.' : `${count} note a piè di pagina non sono state importate.`;
