import { esportazioneCompleta } from '../conservazione/esportazione';
import { documentoConMetadati } from '../conservazione/su-richiesta';
import { registraVersamento, rileggiVersamento, zipVersamento } from '../conservazione/versamento';
import { deterministicZip } from '../documents/zip';
import { notFound } from '../errors';
import { documentiDelVerbale, documentoArchiviato, metadatoOf } from '../metadata/acts';
import { requireOrgano } from '../services/references';
import type { Handlers } from './types';

export const conservazioneHandlers: Handlers<'metadati.verbale' | 'metadati.xml' | 'metadati.documento' | 'versamenti.elenco' | 'versamenti.crea' | 'versamenti.scarica' | 'esportazione.archivio'> = {
  'metadati.verbale': (deps, { id }) => {
    if (!deps.verbali.get(id)) throw notFound('Verbale');
    return documentiDelVerbale(deps, id).map((doc) => {
      const { xml: _xml, ...metadato } = metadatoOf(deps, doc);
      return metadato;
    });
  },

  'metadati.xml': (deps, ref) => {
    const doc = documentoArchiviato(deps, ref);
    const { xml } = metadatoOf(deps, doc);
    return { nomeFile: `${doc.base.idDoc.identificativo}.metadati.xml`, mime: 'application/xml', base64: Buffer.from(xml, 'utf8').toString('base64') };
  },

  'metadati.documento': { async: (deps, richiesta) => documentoConMetadati(deps, richiesta) },

  'versamenti.elenco': (deps) => deps.conservazione.versamenti(),

  'versamenti.crea': {
    // Recorded first, in one write transaction (metadata, versamento, files); the ZIP is then built from what was recorded.
    async: async (deps, { selezione }) => {
      const contenuto = deps.write(() => {
        if (selezione.tipo === 'anno') requireOrgano(deps, selezione.organoId);
        return registraVersamento(deps, selezione);
      });
      return { versamento: contenuto.versamento, esclusi: contenuto.esclusi, file: await zipVersamento(contenuto) };
    },
  },

  'versamenti.scarica': { async: async (deps, { id }) => zipVersamento(deps.read(() => rileggiVersamento(deps, id))) },

  'esportazione.archivio': {
    async: async (deps) => {
      const now = deps.clock.now();
      const files = deps.read(() => esportazioneCompleta(deps, now));
      const zip = await deterministicZip(files.map((f) => ({ name: f.percorso, data: f.contenuto })));
      const stamp = now.toISOString().slice(0, 10);
      return { nomeFile: `Archivio_Conferenza_${stamp}.zip`, mime: 'application/zip', base64: zip.toString('base64') };
    },
  },
};
