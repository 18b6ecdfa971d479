// The PDF engine: documents described as data (types.ts), rendered as PDF/A-2b with embedded Titillium Web.
export { createPdfRenderer, type PdfRenderer, type PdfRendererOptions } from './renderer';
export { UnsupportedCharactersError } from './unsupported-characters';
export type * from './types';
