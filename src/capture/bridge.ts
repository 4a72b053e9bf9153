import { CaptureError } from './errors';
import type { CaptureJob, CaptureReply } from './protocol';
import type { CapturedPage } from './types';

/**
 * The page's side of the capture worker (the squoosh worker-bridge pattern): one worker, one job
 * at a time (two 12 MP decodes at once would not fit in a low-end phone's memory), later jobs
 * wait their turn; an aborted job rejects at once and, when it is running, the worker is
 * terminated (the only way to stop a decode) and a fresh one serves the next job. The worker ends
 * after IDLE_SHUTDOWN_MS without work, handing its memory back to the phone.
 */
export const IDLE_SHUTDOWN_MS = 30_000;

type Pending = {
  job: Omit<CaptureJob, 'id'>;
  signal: AbortSignal | undefined;
  resolve: (page: CapturedPage) => void;
  reject: (error: CaptureError) => void;
  onAbort: () => void;
};

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let idleShutdownMs = IDLE_SHUTDOWN_MS;
let nextId = 1;
let running: { id: number; pending: Pending } | null = null;
const waiting: Pending[] = [];

export function runCaptureJob(job: Omit<CaptureJob, 'id'>, signal?: AbortSignal): Promise<CapturedPage> {
  return new Promise<CapturedPage>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CaptureError('cancelled'));
      return;
    }
    const pending: Pending = { job, signal, resolve, reject, onAbort: () => abort(pending) };
    signal?.addEventListener('abort', pending.onAbort, { once: true });
    waiting.push(pending);
    pump();
  });
}

function abort(pending: Pending): void {
  if (running?.pending === pending) {
    running = null;
    stopWorker();
  } else {
    const index = waiting.indexOf(pending);
    if (index !== -1) waiting.splice(index, 1);
  }
  pending.reject(new CaptureError('cancelled'));
  pump();
}

function settle(outcome: { page: CapturedPage } | { error: CaptureError }): void {
  if (running === null) return;
  const done = running.pending;
  running = null;
  done.signal?.removeEventListener('abort', done.onAbort);
  if ('page' in outcome) done.resolve(outcome.page);
  else done.reject(outcome.error);
  pump();
}

function pump(): void {
  if (running !== null) return;
  const next = waiting.shift();
  if (next === undefined) {
    scheduleIdleShutdown();
    return;
  }
  clearTimeout(idleTimer);
  const id = nextId++;
  running = { id, pending: next };
  const message: CaptureJob = { id, ...next.job };
  (worker ??= startWorker()).postMessage(message);
}

function startWorker(): Worker {
  const created = new Worker(new URL('./capture.worker.ts', import.meta.url), { type: 'module', name: 'capture' });
  created.addEventListener('message', (event: MessageEvent<CaptureReply>) => {
    const reply = event.data;
    if (running?.id !== reply.id) return; // the answer to a job already cancelled
    settle(reply.ok ? { page: reply.page } : { error: new CaptureError(reply.reason, reply.detail) });
  });
  // The worker died (failed to load, or killed for memory by the browser): this job cannot finish,
  // and the next one needs a fresh worker.
  created.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    stopWorker();
    settle({ error: new CaptureError('undecodable', event.message || 'capture worker failed') });
  });
  return created;
}

function stopWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
}

function scheduleIdleShutdown(): void {
  clearTimeout(idleTimer);
  if (worker !== null) idleTimer = setTimeout(stopWorker, idleShutdownMs);
}

/** For the browser tests only: observe the worker's life and shorten the idle delay. */
export const captureWorkerForTests = {
  isAlive: (): boolean => worker !== null,
  setIdleShutdownMs(ms: number): void {
    idleShutdownMs = ms;
  },
};
