import crypto from 'node:crypto';
import type { Operazione } from '../../shared/domain/archivio';
import { AppFailure } from '../errors';
import type { Progress } from './integrity';

type Outcome = Partial<Pick<Operazione, 'copia' | 'ispezione' | 'problemi'>>;

/** How many finished operations stay readable: the renderer polls a few times after the end. */
const FINISHED_KEPT = 20;

/**
 * Long archive operations (copy, inspection, restore, integrity check) run in the background;
 * the renderer polls their progress by id. One at a time: two copies of a 500 MB file would only slow each other.
 */
export function createOperations() {
  const all = new Map<string, Operazione>();
  let running: string | null = null;
  let stopped = false;

  return {
    running: (): Operazione | undefined => (running ? all.get(running) : undefined),
    /** The backend is closing: an operation cut short by it is not an error worth a log line. */
    stop: () => void (stopped = true),
    get: (id: string): Operazione | undefined => all.get(id),
    /** Starts `work` and returns its id at once; `work` reports progress and resolves to what the operation found. */
    start(tipo: Operazione['tipo'], work: (progress: Progress) => Promise<Outcome>): string {
      if (running) throw new AppFailure('CONFLICT', "È in corso un'altra operazione sull'archivio: attendere che finisca.");
      const id = crypto.randomUUID();
      const op: Operazione = { id, tipo, stato: 'in_corso', percentuale: 0, fase: 'Avvio', errore: null, copia: null, ispezione: null, problemi: null };
      all.set(id, op);
      running = id;
      const progress: Progress = (done, fase) => Object.assign(op, { percentuale: Math.round(Math.min(1, Math.max(0, done)) * 1000) / 10, fase });
      void work(progress)
        .then((outcome) => Object.assign(op, { stato: 'completata', percentuale: 100, fase: 'Completata', ...outcome }))
        .catch((error: unknown) => {
          if (!(error instanceof AppFailure) && !stopped) console.error(`[archivio] ${tipo}:`, error);
          Object.assign(op, { stato: 'fallita', errore: error instanceof AppFailure ? error.message : "L'operazione non è riuscita: l'archivio non è stato modificato." });
        })
        .finally(() => {
          running = null;
          for (const key of [...all.keys()].slice(0, Math.max(0, all.size - FINISHED_KEPT))) if (key !== id) all.delete(key);
        });
      return id;
    },
  };
}

export type Operations = ReturnType<typeof createOperations>;
