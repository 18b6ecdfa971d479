import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Invoke } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Progress } from '../archive/integrity';
import type { Backend } from '../backend';
import { AppFailure } from '../errors';
import type { BackendThreadOptions, DialogName, FromThread, ThreadMemory, ToThread } from './protocol';

export interface WorkerBackendOptions {
  dbPath: string;
  assetsDir: string;
  fixedNow?: string;
  /** The shell's dialogs (Electron): run on this thread when the backend's thread asks. */
  dialogs?: Partial<Record<DialogName, () => Promise<string | undefined>>>;
}

export interface WorkerBackend extends Backend {
  /** Resolves once the thread has closed the archive. */
  closed(): Promise<void>;
  /** The thread's own JavaScript memory (diagnostics, the bench). */
  memory(): Promise<ThreadMemory>;
}

/**
 * The thread's code: beside the bundle in the packaged app (dist/electron/backend-thread.cjs); otherwise the
 * TypeScript source, loaded through tsx's loader registered in the new thread (loaders do not follow into workers).
 */
function threadWorker(workerData: BackendThreadOptions): Worker {
  const options = { workerData, resourceLimits: BACKEND_THREAD_LIMITS };
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) return new Worker(path.join(__dirname, 'backend-thread.cjs'), options);
  return typeScriptThread(new URL('./backend-thread.ts', import.meta.url).href, options);
}

/** A thread running a TypeScript module (file URL) through tsx's loader, registered in the thread itself. */
export function typeScriptThread(source: string, options: WorkerOptions): Worker {
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Under a PDF's allocations V8 grows a thread's young generation towards its default maximum, and keeps the pages:
 * at 16 MB the backend's memory stays under 150 MB after a tour of a 100 000-verbale archive (20 MB less), for about a
 * tenth more time per PDF. npm run bench measures the PDF engine in a thread with these limits.
 */
export const BACKEND_THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;

/**
 * The backend in its own thread behind the same handle(channel, input) seam: transports (Electron IPC, the preview)
 * and tests call it as they call the in-process backend. Rejects with the AppFailure the archive could not be opened with.
 */
export function startBackendWorker({ dbPath, assetsDir, fixedNow, dialogs = {} }: WorkerBackendOptions): Promise<WorkerBackend> {
  const worker = threadWorker({ dbPath, assetsDir, fixedNow, dialogs: Object.keys(dialogs) as DialogName[] });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const following = new Map<number, Progress>();
  const memoryAnswers = new Map<number, (memory: ThreadMemory) => void>();
  let nextId = 0;
  const post = (message: ToThread) => worker.postMessage(message);
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const closedResult: Result<unknown> = { ok: false, error: { code: 'INTERNAL', message: "L'archivio è stato chiuso: l'operazione non è stata eseguita." } };
  let exited = false;
  worker.once('exit', () => {
    exited = true;
    resolveClosed();
    // A call in flight when the thread ends is answered, never left hanging.
    for (const answer of pending.values()) answer(closedResult);
    pending.clear();
    following.clear();
  });

  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: FromThread) => {
      switch (message.type) {
        case 'ready': {
          const handle = (channel: unknown, input: unknown, onProgress?: Progress) =>
            new Promise<Result<unknown>>((answer) => {
              if (exited) return answer(closedResult);
              const id = ++nextId;
              pending.set(id, answer);
              if (onProgress) following.set(id, onProgress);
              post({ type: 'call', id, channel, input, progress: onProgress !== undefined });
            });
          resolve({
            invoke: handle as Invoke,
            handle,
            dataFile: message.dataFile,
            // The thread warms itself once it is idle after opening.
            warm: () => Promise.resolve(),
            close: () => post({ type: 'close' }),
            closed: () => closed,
            memory: () =>
              new Promise((answer) => {
                const id = ++nextId;
                memoryAnswers.set(id, answer);
                post({ type: 'memory', id });
              }),
          });
          break;
        }
        case 'failed':
          void worker.terminate();
          reject(message.code ? new AppFailure(message.code as never, message.message) : new Error(message.message));
          break;
        case 'progress':
          following.get(message.id)?.(message.done, message.fase);
          break;
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          following.delete(message.id);
          break;
        case 'memory':
          memoryAnswers.get(message.id)?.(message.memory);
          memoryAnswers.delete(message.id);
          break;
        case 'dialog':
          void (dialogs[message.name]?.() ?? Promise.resolve(undefined)).then((path) => post({ type: 'dialogAnswer', id: message.id, path }));
          break;
        case 'closed':
          void worker.terminate();
          break;
      }
    });
  });
}
