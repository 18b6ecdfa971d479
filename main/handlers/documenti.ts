import { randomUUID } from 'node:crypto';
import type { FileOut } from '../../shared/domain/verbale';
import { formatDateIt } from '../../shared/italian';
import { docxFromSpec } from '../documents/docx';
import { buildEml } from '../documents/eml';
import { estrattoDocument } from '../documents/estratto';
import { estrattoComuneDocument, estrattoComuneFileName } from '../documents/estratto-comune';
import { deterministicZip } from '../documents/zip';
import { testoCoordinatoDocument } from '../documents/testo-coordinato';
import { registroDocument } from '../documents/registro';
import { verbaleDocument } from '../documents/verbale';
import { convocazioneDocument, convocazioneMailText, convocazioneSubject, destinatariOf, foglioPresenzeDocument } from '../documents/seduta-documents';
import { conflict, notFound } from '../errors';
import type { PdfDocumentSpec } from '../pdf';
import { detailOf, vigenteOf } from '../services/regolamenti';
import { registroRighe } from '../services/registro';
import { loadSedutaDetail } from '../services/seduta-detail';
import { verbaleDocumentInput } from '../services/verbale-document';
import { allegatiOfPunto } from '../services/allegati-elenco';
import type { Deps, Handlers } from './types';

const pdfFile = (nomeFile: string, bytes: Buffer): FileOut => ({ nomeFile, mime: 'application/pdf', base64: bytes.toString('base64') });

async function renderFile(deps: Deps, nomeFile: string, build: () => PdfDocumentSpec): Promise<FileOut> {
  const spec = deps.read(build);
  return pdfFile(nomeFile, await deps.pdf.render(spec));
}

function sedutaDocumentInput(deps: Deps, sedutaId: number) {
  const detail = loadSedutaDetail(deps, sedutaId);
  return { detail, ente: deps.ente.get(), organo: deps.ente.organoNome(detail.seduta.organoId), comuni: deps.comuni.list(true), creationDate: deps.clock.now() };
}

/** On every page of a .docx: it is the office's editable copy, never the act. */
export const WORKING_COPY_MARK = 'COPIA DI LAVORO – non è l’atto: il verbale è il PDF/A approvato e firmato';
export const WORKING_COPY_MARK_TESTO = 'COPIA DI LAVORO – testo coordinato a fini di consultazione, non è l’atto';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const convocazioneFileName = (sedutaId: number, ext: string) => `Convocazione_seduta_${sedutaId}.${ext}`;

/** The estratto reads the seduta's verbale as the office wrote it; without a verbale there is nothing to extract. */
export function estrattoInput(deps: Deps, sedutaId: number, puntoId: number) {
  const detail = loadSedutaDetail(deps, sedutaId);
  const punto = detail.punti.find((p) => p.id === puntoId);
  if (!punto) throw notFound('Punto all’ordine del giorno');
  const verbale = deps.verbali.bySeduta(sedutaId);
  if (!verbale || verbale.stato === 'annullato') throw conflict("La seduta non ha un verbale: redigerlo prima di estrarne un punto.");
  return {
    verbale,
    sezioni: deps.verbali.sezioni(verbale.id),
    punto,
    ente: deps.ente.get(),
    organo: deps.ente.organoNome(detail.seduta.organoId),
    comuni: detail.presenze.map((p) => p.comune),
    creationDate: deps.clock.now(),
    allegati: allegatiOfPunto(deps, punto.id, punto.posizione),
  };
}

/**
 * A closed seduta as its closing record fixed it, with its verbale: what the estratti per comune read. An open
 * seduta may still change, and a historic one has no attendance or votes recorded.
 */
function estrattiComuniInput(deps: Deps, sedutaId: number) {
  const detail = loadSedutaDetail(deps, sedutaId);
  const { seduta } = detail;
  if (seduta.stato !== 'chiusa') {
    throw conflict(`Gli estratti per comune si formano a seduta chiusa: la seduta del ${formatDateIt(seduta.data)} non è ancora chiusa.`);
  }
  if (!detail.chiusura) throw conflict("Seduta storica registrata dall'archivio: presenze e votazioni non sono state digitalizzate, non ci sono estratti per comune.");
  return { detail, verbale: deps.verbali.bySeduta(sedutaId) ?? null, ente: deps.ente.get(), organo: deps.ente.organoNome(seduta.organoId), creationDate: deps.clock.now() };
}

export const documentiHandlers: Handlers<
  | 'documenti.convocazione'
  | 'documenti.convocazioneEml'
  | 'documenti.foglioPresenze'
  | 'documenti.estratto'
  | 'documenti.estrattoComune'
  | 'documenti.estrattiComuniZip'
  | 'documenti.verbaleDocx'
  | 'documenti.testoCoordinatoDocx'
  | 'documenti.registro'
> = {
  'documenti.convocazione': {
    async: (deps, { sedutaId }) => renderFile(deps, convocazioneFileName(sedutaId, 'pdf'), () => convocazioneDocument(sedutaDocumentInput(deps, sedutaId))),
  },
  'documenti.convocazioneEml': {
    async: async (deps, { sedutaId }) => {
      const input = deps.read(() => sedutaDocumentInput(deps, sedutaId));
      const { detail, ente, organo, comuni } = input;
      const from = ente.pec || ente.email;
      if (!from) throw conflict("Indicare la PEC (o l'e-mail) dell'Ente in Impostazioni → Ente: è il mittente della convocazione.");
      const destinatari = destinatariOf(detail, comuni);
      const letter = await deps.pdf.render(convocazioneDocument(input));
      const eml = buildEml({
        from: { name: ente.nome, address: from },
        bcc: destinatari.filter((c) => c.sindacoPec).map((c) => c.sindacoPec),
        subject: convocazioneSubject(detail, organo),
        text: convocazioneMailText(detail, ente, organo),
        attachments: [{ filename: convocazioneFileName(sedutaId, 'pdf'), mime: 'application/pdf', content: letter }],
        date: deps.clock.now(),
        messageId: `${randomUUID()}@${from.split('@')[1]}`,
        boundary: `=_conferenza_${randomUUID()}`,
      });
      return {
        nomeFile: convocazioneFileName(sedutaId, 'eml'),
        mime: 'message/rfc822',
        base64: eml.toString('base64'),
        destinatari: destinatari.filter((c) => c.sindacoPec).length,
        senzaPec: destinatari.filter((c) => !c.sindacoPec).map((c) => c.nome),
      };
    },
  },
  'documenti.foglioPresenze': {
    async: (deps, { sedutaId }) =>
      renderFile(deps, `Foglio_presenze_seduta_${sedutaId}.pdf`, () => foglioPresenzeDocument(sedutaDocumentInput(deps, sedutaId))),
  },
  'documenti.estratto': {
    async: async (deps, { sedutaId, puntoId }) => {
      const input = deps.read(() => estrattoInput(deps, sedutaId, puntoId));
      const { verbale, punto } = input;
      const nomeFile = `Estratto_verbale_${String(verbale.numero).padStart(2, '0')}_${verbale.anno}_punto_${punto.posizione}.pdf`;
      return pdfFile(nomeFile, await deps.pdf.render(estrattoDocument(input)));
    },
  },
  'documenti.estrattoComune': {
    async: async (deps, { sedutaId, comuneId }) => {
      const { input, presenza } = deps.read(() => {
        const input = estrattiComuniInput(deps, sedutaId);
        const presenza = input.detail.presenze.find((p) => p.comuneId === comuneId);
        if (!presenza) {
          const comune = deps.comuni.get(comuneId);
          if (!comune) throw notFound('Comune');
          throw conflict(`Il Comune di ${comune.nome} non era membro della Conferenza alla seduta del ${formatDateIt(input.detail.seduta.data)}: non ha un estratto.`);
        }
        return { input, presenza };
      });
      return pdfFile(estrattoComuneFileName(input.detail.seduta.data, presenza.comune), await deps.pdf.render(estrattoComuneDocument({ ...input, presenza })));
    },
  },
  'documenti.estrattiComuniZip': {
    async: async (deps, { sedutaId }) => {
      const input = deps.read(() => estrattiComuniInput(deps, sedutaId));
      const { seduta, presenze } = input.detail;
      // One after the other: the renderer is shared and CPU-bound, and its fonts are parsed once for all.
      const entries = [];
      for (const presenza of presenze) {
        entries.push({ name: estrattoComuneFileName(seduta.data, presenza.comune), data: await deps.pdf.render(estrattoComuneDocument({ ...input, presenza })) });
      }
      const zip = await deterministicZip(entries);
      return { nomeFile: `Estratti_comuni_seduta_${seduta.data}.zip`, mime: 'application/zip', base64: zip.toString('base64') };
    },
  },
  'documenti.verbaleDocx': {
    async: async (deps, { id }) => {
      const input = deps.read(() => verbaleDocumentInput(deps, id, deps.clock.now()));
      const { numero, anno } = input.verbale;
      return {
        nomeFile: `Verbale_${String(numero).padStart(2, '0')}_${anno}_copia_di_lavoro.docx`,
        mime: DOCX_MIME,
        base64: (await docxFromSpec(verbaleDocument(input), WORKING_COPY_MARK)).toString('base64'),
      };
    },
  },
  'documenti.testoCoordinatoDocx': {
    async: async (deps, { id, data }) => {
      const spec = deps.read(() => {
        const regolamento = detailOf(deps, id);
        const input = { regolamento, vigente: vigenteOf(deps, id, data), ente: deps.ente.get(), organo: deps.ente.organoNome(regolamento.organoId), creationDate: deps.clock.now() };
        return testoCoordinatoDocument(input);
      });
      return { nomeFile: `Testo_coordinato_${id}_${data}_copia_di_lavoro.docx`, mime: DOCX_MIME, base64: (await docxFromSpec(spec, WORKING_COPY_MARK_TESTO)).toString('base64') };
    },
  },
  'documenti.registro': {
    async: (deps, { organoId, anno }) =>
      renderFile(deps, `Registro_verbali_${anno}.pdf`, () =>
        registroDocument({ anno, righe: registroRighe(deps, organoId, anno), ente: deps.ente.get(), organo: deps.ente.organoNome(organoId), creationDate: deps.clock.now() }),
      ),
  },
};
