import type { AsyncHandler, Handler } from './types';

/**
 * Backup, restore, integrity: thin wrappers over the archive service, which runs the long work in the background.
 * Starting one is async (outside dispatch's transaction): the work outlives the call.
 */
export const archivioHandlers: {
  'archivio.stato': Handler<'archivio.stato'>;
  'archivio.copie': Handler<'archivio.copie'>;
  'archivio.salva': AsyncHandler<'archivio.salva'>;
  'archivio.importa': AsyncHandler<'archivio.importa'>;
  'archivio.ispeziona': AsyncHandler<'archivio.ispeziona'>;
  'archivio.ripristina': AsyncHandler<'archivio.ripristina'>;
  'archivio.controlla': AsyncHandler<'archivio.controlla'>;
  'archivio.operazione': Handler<'archivio.operazione'>;
  'archivio.conservazione': Handler<'archivio.conservazione'>;
  'archivio.salvaConservazione': Handler<'archivio.salvaConservazione'>;
} = {
  'archivio.stato': (deps) => deps.archivio.stato(),
  'archivio.copie': (deps) => deps.archivio.list(),
  'archivio.salva': { async: (deps) => deps.archivio.save() },
  'archivio.importa': { async: (deps) => deps.archivio.importCopy() },
  'archivio.ispeziona': { async: async (deps, { nome }) => ({ operazioneId: deps.archivio.inspect(nome) }) },
  'archivio.ripristina': { async: async (deps, { nome }) => ({ operazioneId: deps.archivio.restore(nome) }) },
  'archivio.controlla': { async: async (deps) => ({ operazioneId: deps.archivio.checkIntegrity() }) },
  'archivio.operazione': (deps, { id }) => deps.archivio.operation(id),
  'archivio.conservazione': (deps) => deps.archivio.retention(),
  'archivio.salvaConservazione': (deps, input) => deps.archivio.saveRetention(input),
};
