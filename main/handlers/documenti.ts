import type { FileOut } from '../../shared/domain/verbale';
import { registroDocument } from '../documents/registro';
import { convocazioneDocument, foglioPresenzeDocument } from '../documents/seduta-documents';
import type { PdfDocumentSpec } from '../pdf';
import { registroRighe } from '../services/registro';
import { loadSedutaDetail } from '../services/seduta-detail';
import type { Deps, Handlers } from './types';

async function renderFile(deps: Deps, nomeFile: string, build: () => PdfDocumentSpec): Promise<FileOut> {
  const spec = deps.read(build);
  return { nomeFile, mime: 'application/pdf', base64: (await deps.pdf.render(spec)).toString('base64') };
}

function sedutaDocumentInput(deps: Deps, sedutaId: number) {
  const detail = loadSedutaDetail(deps, sedutaId);
  return { detail, ente: deps.ente.get(), organo: deps.ente.organoNome(detail.seduta.organoId), comuni: deps.comuni.list(true), creationDate: deps.clock.now() };
}

export const documentiHandlers: Handlers<'documenti.convocazione' | 'documenti.foglioPresenze' | 'documenti.registro'> = {
  'documenti.convocazione': {
    async: (deps, { sedutaId }) => renderFile(deps, `Convocazione_seduta_${sedutaId}.pdf`, () => convocazioneDocument(sedutaDocumentInput(deps, sedutaId))),
  },
  'documenti.foglioPresenze': {
    async: (deps, { sedutaId }) =>
      renderFile(deps, `Foglio_presenze_seduta_${sedutaId}.pdf`, () => foglioPresenzeDocument(sedutaDocumentInput(deps, sedutaId))),
  },
  'documenti.registro': {
    async: (deps, { organoId, anno }) =>
      renderFile(deps, `Registro_verbali_${anno}.pdf`, () =>
        registroDocument({ anno, righe: registroRighe(deps, organoId, anno), ente: deps.ente.get(), organo: deps.ente.organoNome(organoId), creationDate: deps.clock.now() }),
      ),
  },
};
