import { describe, expect, test } from 'vitest';
import type { PdfDocumentSpec } from '../../main/pdf';
import { applicaOmissis, omettiTesto, passaggiAssenti } from '../../main/services/pubblicazione-omissis';

const spec: PdfDocumentSpec = {
  meta: { title: 'Verbale – Mario Rossi', subject: 'Oggetto', author: 'Ambito', keywords: [], creationDate: new Date(0) },
  blocks: [
    { type: 'heading', level: 2, text: 'Presenze' },
    { type: 'table', columns: [{ header: 'Nominativo' }], rows: [['MARIO ROSSI'], ['Rossini Gioacchino']] },
    { type: 'paragraph', text: [{ text: 'Interviene Mario\nRossi (C.F. RSSMRA80A01H703X).' }] },
    { type: 'keepTogether', blocks: [{ type: 'list', style: 'bulleted', items: ['Nicolò Rossi, già citato'] }] },
  ],
};

describe('omissis in the copy for the albo', () => {
  test('every occurrence, in any case and across line breaks, in every block; whole words only', () => {
    const out = applicaOmissis(spec, ['mario rossi', 'RSSMRA80A01H703X']);
    expect(out.meta.title).toBe('Verbale – omissis');
    expect(out.blocks).toEqual([
      { type: 'heading', level: 2, text: 'Presenze' },
      { type: 'table', columns: [{ header: 'Nominativo' }], rows: [['omissis'], ['Rossini Gioacchino']] },
      { type: 'paragraph', text: [{ text: 'Interviene omissis (C.F. omissis).' }] },
      { type: 'keepTogether', blocks: [{ type: 'list', style: 'bulleted', items: ['Nicolò Rossi, già citato'] }] },
    ]);
  });

  test('the longest passage first; accents matter; regex characters are literal', () => {
    expect(omettiTesto('Mario Rossi e Rossi', ['Rossi', 'Mario Rossi'])).toBe('omissis e omissis');
    expect(omettiTesto('Nicolò e Nicolo', ['Nicolò'])).toBe('omissis e Nicolo');
    expect(omettiTesto('prot. n. 5 (a.b)', ['(a.b)'])).toBe('prot. n. 5 omissis');
    expect(omettiTesto('prot. n. 5 (axb)', ['(a.b)'])).toBe('prot. n. 5 (axb)');
  });

  test('passages not in the text are named, so that a typo does not leave the datum published', () => {
    expect(passaggiAssenti(spec, ['Mario Rossi', 'Maria Rossi', 'Rossin'])).toEqual(['Maria Rossi', 'Rossin']);
    expect(passaggiAssenti(spec, [])).toEqual([]);
  });
});
