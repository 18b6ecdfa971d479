import type { Ente } from '../../shared/domain/ente';
import type { VerbaleSummary } from '../../shared/domain/verbale';
import { formatDateIt } from '../../shared/italian';
import type { PdfDocumentSpec } from '../pdf';
import { letterhead } from './common';

const STATO: Record<VerbaleSummary['stato'], string> = {
  bozza: 'Bozza',
  approvato: 'Approvato',
  esportato: 'Esportato per la firma',
  firmato: 'Firmato',
  annullato: 'Annullato',
  storico: "Atto storico (testo non digitalizzato)",
};

export interface RegistroRow {
  numeroTesto: string;
  verbale: Pick<VerbaleSummary, 'data' | 'oggetto' | 'stato' | 'annullatoMotivo'> | null;
}

/** The annual register: every number in order, missing ones shown as missing. */
export function registroDocument(input: { anno: number; righe: readonly RegistroRow[]; ente: Ente; organo: string; creationDate: Date }): PdfDocumentSpec {
  const { anno, righe, ente, organo, creationDate } = input;
  return {
    meta: {
      title: `Registro dei verbali ${anno} – ${organo}`,
      subject: `Repertorio dei verbali della ${organo}, anno ${anno}`,
      author: ente.nome,
      keywords: ['Registro dei verbali', String(anno), organo],
      creationDate,
    },
    letterhead: letterhead(ente, organo, []),
    footerNote: `Registro dei verbali ${anno}`,
    blocks: [
      { type: 'heading', level: 1, text: `REGISTRO DEI VERBALI – ANNO ${anno}` },
      righe.length === 0
        ? { type: 'paragraph', text: `Nessun verbale registrato nel ${anno}.`, align: 'center' }
        : {
            type: 'table',
            columns: [
              { header: 'Numero', width: 0.12 },
              { header: 'Data', width: 0.13 },
              { header: 'Oggetto' },
              { header: 'Stato', width: 0.2 },
            ],
            rows: righe.map((r) =>
              r.verbale
                ? [
                    r.numeroTesto,
                    formatDateIt(r.verbale.data),
                    r.verbale.oggetto,
                    r.verbale.stato === 'annullato' ? `Annullato: ${r.verbale.annullatoMotivo ?? ''}` : STATO[r.verbale.stato],
                  ]
                : [r.numeroTesto, '', 'Non presente in archivio', ''],
            ),
            zebra: true,
          },
    ],
  };
}
