import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { WORKING_COPY_MARK, WORKING_COPY_MARK_TESTO } from '../../main/handlers/documenti';
import { expectOk, useTempBackend } from '../helpers/backend';
import { pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** mammoth's HTML as text: line breaks, paragraphs and cells end a line (its raw-text mode drops line breaks). */
const htmlText = (html: string): string =>
  html
    .replace(/<br\s*\/?>|<\/(p|td|th|li|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** The words of a text, sorted: the same words whatever the layout (columns, table cells, line breaks). */
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean).sort();

describe('copia di lavoro del verbale (.docx)', () => {
  const open = useTempBackend();

  test('read back with mammoth it has the same words as the PDF/A, plus the working-copy mark', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    const edited = 'Dopo ampia discussione, **il Piano** è posto in votazione.';
    expectOk(await backend.invoke('verbali.updateSezione', { id: verbale.id, chiave: `punto-${seduta.punti[1]!.id}-discussione`, testo: edited }));

    const docx = expectOk(await backend.invoke('documenti.verbaleDocx', { id: verbale.id }));
    expect(docx.nomeFile).toBe('Verbale_01_2026_copia_di_lavoro.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx.base64, 'base64') });
    const docxText = htmlText(html);
    expect(docxText.startsWith(WORKING_COPY_MARK)).toBe(true);
    expect(docxText).toContain(edited);
    expect(docxText).toContain('La proposta è approvata a maggioranza dei votanti.');

    const pdf = expectOk(await backend.invoke('verbali.pdf', { id: verbale.id }));
    // Each page's footer, and the presence table's header repeated where the table continues, are the PDF's pagination.
    const pdfText = pdfPagesText(Buffer.from(pdf.base64, 'base64'))
      .map((page, i) => {
        const text = page.replace(/^.*Verbale n\. 01\/2026\s+Pagina \d+ di \d+.*$/m, '');
        return i === 0 ? text : text.replace(/^\s*Comune\s+Nominativo\s+Ruolo\s+Presente\s*$/m, '');
      })
      .join('\n');
    expect(words(docxText.replace(WORKING_COPY_MARK, ''))).toEqual(words(pdfText));
  });

  test('a historic verbale, whose text is not digitised, has no working copy', async () => {
    const { backend } = open();
    const registro = expectOk(await backend.invoke('verbali.registro', { organoId: 1, anno: 2018 }));
    const storico = registro.righe.find((r) => r.verbale?.stato === 'storico')!.verbale!;
    const refused = await backend.invoke('documenti.verbaleDocx', { id: storico.id });
    expect(refused.ok || refused.error.code).toBe('CONFLICT');
  });
});

describe('copia di lavoro del testo coordinato (.docx)', () => {
  const open = useTempBackend();

  test('read back with mammoth it has the words of the testo coordinato PDF/A, plus its working-copy mark', async () => {
    const { backend } = open();
    const reg = expectOk(await backend.invoke('regolamenti.get', { id: 2 }));
    expectOk(
      await backend.invoke('regolamenti.completaTesto', {
        versioneId: reg.elencoVersioni[0]!.id,
        articoli: [
          { intestazioni: ['CAPO I – Disposizioni generali'], numero: '1', rubrica: 'Oggetto', testo: 'Il presente regolamento disciplina la Conferenza.' },
          { numero: '2', rubrica: 'Sede', testo: "La Conferenza ha sede presso l'Ufficio di Piano." },
        ],
      }),
    );
    const docx = expectOk(await backend.invoke('documenti.testoCoordinatoDocx', { id: 2, data: '2019-01-01' }));
    expect(docx.nomeFile).toBe('Testo_coordinato_2_2019-01-01_copia_di_lavoro.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx.base64, 'base64') });
    const docxText = htmlText(html);
    expect(docxText.startsWith(WORKING_COPY_MARK_TESTO)).toBe(true);
    expect(docxText).toContain('CAPO I – Disposizioni generali\nArt. 1 – Oggetto');
    const pdf = expectOk(await backend.invoke('regolamenti.pdf', { id: 2, data: '2019-01-01' }));
    const pdfText = pdfPagesText(Buffer.from(pdf.base64, 'base64'))
      .map((page) => page.replace(/^.*Testo coordinato al 01\/01\/2019\s+Pagina \d+ di \d+.*$/m, ''))
      .join('\n');
    expect(words(docxText.replace(WORKING_COPY_MARK_TESTO, ''))).toEqual(words(pdfText));
  });
});
