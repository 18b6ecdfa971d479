import path from 'node:path';
import { expect, test } from 'vitest';
import { FACE_NAMES } from '../../main/pdf/fonts';
import { createPdfRenderer } from '../../main/pdf';
import { loadFontFaces, renderPdf } from '../../main/pdf/engine';
import { sampleVerbaleSpec } from '../../main/pdf/sample/verbale-sample';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';

const fontsDir = path.resolve(__dirname, '../../assets/fonts');

/** Counts fontkit's shaping of each text, per face, on freshly parsed fonts. */
function countingFaces() {
  const faces = loadFontFaces(fontsDir);
  const shaped = new Map<string, number>();
  for (const name of FACE_NAMES) {
    const font = faces[name].font as { layout: (text: string) => unknown };
    const layout = font.layout.bind(font);
    font.layout = (text: string) => {
      const key = `${name}:${text}`;
      shaped.set(key, (shaped.get(key) ?? 0) + 1);
      return layout(text);
    };
  }
  return { faces, shaped };
}

test('each word is shaped once: measuring for line breaks and encoding share the run, across documents too', async () => {
  const { faces, shaped } = countingFaces();
  const spec = sampleVerbaleSpec({ agendaItems: 2 });
  const pdf = await renderPdf(faces, spec);
  expect(shaped.size).toBeGreaterThan(300);
  expect([...shaped].filter(([, count]) => count > 1)).toEqual([]);
  expect(normalizeSpaces(pdfPagesText(pdf).join('\n'))).toContain('VERBALE N. 06/2018');

  const before = shaped.size;
  const again = await renderPdf(faces, spec);
  expect(shaped.size).toBe(before);
  expect(again.equals(pdf)).toBe(true);
});

test('the warm-up in idle time changes no byte of the documents rendered after it', async () => {
  const spec = sampleVerbaleSpec({ agendaItems: 12 });
  const cold = await createPdfRenderer({ fontsDir }).render(spec);
  const warmed = createPdfRenderer({ fontsDir });
  await warmed.warm();
  expect((await warmed.render(spec)).equals(cold)).toBe(true);
});
