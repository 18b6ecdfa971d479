import type { z } from 'zod';
import type { regolamentoDetailSchema, testoVigenteSchema } from '../../shared/domain/regolamento';
import type { Ente } from '../../shared/domain/ente';
import { formatDateIt } from '../../shared/italian';
import type { Block, PdfDocumentSpec } from '../pdf';
import { letterhead, paragraphs, plain } from './common';

type Detail = z.infer<typeof regolamentoDetailSchema>;
type Vigente = z.infer<typeof testoVigenteSchema>;

/** The consolidated text in force on a date: approval history, then each article (after the TITOLO / CAPO it opens) with a note when amended. */
export function testoCoordinatoDocument(input: { regolamento: Detail; vigente: Vigente; ente: Ente; organo: string; creationDate: Date }): PdfDocumentSpec {
  const { regolamento, vigente, ente, organo, creationDate } = input;
  const storia: Block = {
    type: 'table',
    columns: [{ header: 'In vigore dal', width: 0.18 }, { header: 'Verbale', width: 0.16 }, { header: 'Contenuto' }],
    rows: regolamento.elencoVersioni.map((v) => [
      formatDateIt(v.vigenteDal),
      v.verbale ? `n. ${v.verbale.numeroTesto}` : '—',
      `${v.sintesi}${v.testoDisponibile ? '' : ' (testo in attesa di importazione)'}`,
    ]),
  };
  const versioneOf = new Map(regolamento.elencoVersioni.map((v) => [v.id, v]));
  /** "con verbale n. 01/2026 del 10/12/2026": the verbale's own date, not the date the change took effect. */
  const approvedBy = (versione: Vigente['articoli'][number]['versione']): string => {
    const verbale = versioneOf.get(versione.id)?.verbale;
    if (verbale) return `con verbale n. ${verbale.numeroTesto} del ${formatDateIt(verbale.data)}`;
    return versione.numeroVerbale ? `con verbale n. ${versione.numeroVerbale}` : `con la versione in vigore dal ${formatDateIt(versione.vigenteDal)}`;
  };
  const articoli: Block[] = vigente.articoli.flatMap((a) => {
    const note =
      // Only amendments are noted: a whole text (the first one or a rewrite) is the base of what follows.
      versioneOf.get(a.versione.id)?.tipo === 'modifica'
        ? [{ type: 'paragraph', text: [{ text: `(articolo ${a.abrogato ? 'abrogato' : 'modificato'} ${approvedBy(a.versione)})`, italic: true }], align: 'left' } as Block]
        : [];
    const struttura = (a.intestazioni ?? []).map((text): Block => ({ type: 'heading', level: 2, text, align: 'center' }));
    return [...struttura, { type: 'heading', level: 3, text: `Art. ${a.numero}${a.rubrica ? ` – ${a.rubrica}` : ''}` } as Block, ...paragraphs(a.testo.replace(/\n/g, '\n\n')), ...note];
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
