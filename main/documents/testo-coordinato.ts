import type { z } from 'zod';
import type { regolamentoDetailSchema, testoVigenteSchema } from '../../shared/domain/regolamento';
import type { Ente } from '../../shared/domain/ente';
import { formatDateIt } from '../../shared/italian';
import type { Block, PdfDocumentSpec } from '../pdf';
import { letterhead, paragraphs, plain } from './common';

type Detail = z.infer<typeof regolamentoDetailSchema>;
type Vigente = z.infer<typeof testoVigenteSchema>;

/** The consolidated text in force on a date: approval history, then each article with a note when amended. */
export function testoCoordinatoDocument(input: { regolamento: Detail; vigente: Vigente; ente: Ente; organo: string; creationDate: Date }): PdfDocumentSpec {
  const { regolamento, vigente, ente, organo, creationDate } = input;
  const baseId = vigente.articoli.length ? Math.min(...vigente.articoli.map((a) => a.versione.id)) : null;
  const storia: Block = {
    type: 'table',
    columns: [{ header: 'In vigore dal', width: 0.18 }, { header: 'Verbale', width: 0.16 }, { header: 'Contenuto' }],
    rows: regolamento.elencoVersioni.map((v) => [
      formatDateIt(v.vigenteDal),
      v.verbale ? `n. ${v.verbale.numeroTesto}` : '—',
      `${v.sintesi}${v.testoDisponibile ? '' : ' (testo in attesa di importazione)'}`,
    ]),
  };
  const articoli: Block[] = vigente.articoli.flatMap((a) => {
    const note =
      a.versione.id !== baseId
        ? [{ type: 'paragraph', text: [{ text: `(articolo ${a.abrogato ? 'abrogato' : 'modificato'} con verbale n. ${a.versione.numeroVerbale ?? '—'} del ${formatDateIt(a.versione.vigenteDal)})`, italic: true }], align: 'left' } as Block]
        : [];
    return [{ type: 'heading', level: 3, text: `Art. ${a.numero}${a.rubrica ? ` – ${a.rubrica}` : ''}` } as Block, ...paragraphs(a.testo.replace(/\n/g, '\n\n')), ...note];
  });
  const missing: Block[] = vigente.versioniInAttesa.length
    ? [{ type: 'paragraph', text: plain(`Attenzione: il testo di ${vigente.versioniInAttesa.map((v) => `«${v.sintesi}» (in vigore dal ${formatDateIt(v.vigenteDal)})`).join(', ')} non è ancora stato importato; il testo che segue non ne tiene conto.`) }]
    : [];
  return {
    meta: {
      title: `${regolamento.titolo} – testo coordinato al ${formatDateIt(vigente.data)}`,
      subject: `Testo coordinato in vigore al ${formatDateIt(vigente.data)}`,
      author: ente.nome,
      keywords: ['Testo coordinato', regolamento.titolo, formatDateIt(vigente.data)],
      creationDate,
    },
    letterhead: letterhead(ente, organo, []),
    footerNote: `Testo coordinato al ${formatDateIt(vigente.data)}`,
    blocks: [
      { type: 'heading', level: 1, text: regolamento.titolo.toUpperCase() },
      { type: 'paragraph', text: `Testo coordinato in vigore al ${formatDateIt(vigente.data)}`, align: 'center' },
      { type: 'heading', level: 2, text: 'Approvazione e modifiche' },
      storia,
      ...missing,
      { type: 'heading', level: 2, text: 'Testo' },
      ...(articoli.length ? articoli : [{ type: 'paragraph', text: plain(vigente.motivo ?? 'Nessun articolo in vigore.') } as Block]),
    ],
  };
}
