/**
 * The capture worker: decodes, downscales, re-encodes and measures one image at a time, off the
 * page's thread. Spoken to only through ./bridge.ts. It must stay one chunk (Vite bundles workers
 * as IIFE by default, which cannot code-split): no dynamic import() here, and nothing heavy imported.
 *
 * Typechecked twice: with the page (tsconfig.app.json, DOM lib) and as a worker (tsconfig.sw.json,
 * WebWorker lib), so the scope is typed by the few members used, valid in both.
 */
import { capturePage } from './pipeline';
import type { CaptureJob, CaptureReply } from './protocol';

type CaptureWorkerScope = {
  addEventListener(type: 'message', listener: (event: MessageEvent<CaptureJob>) => void): void;
  postMessage(message: CaptureReply, transfer: Transferable[]): void;
};

const scope = globalThis as unknown as CaptureWorkerScope;

async function handle(job: CaptureJob): Promise<void> {
  try {
    const page = await capturePage(job.file, job);
    scope.postMessage({ id: job.id, ok: true, page }, [page.jpeg]);
  } catch (error: unknown) {
    // Whatever failed (decoder, or the encoder running out of memory on a huge image), the answer
    // for the user is the same: this file cannot be used, try another photo.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    scope.postMessage({ id: job.id, ok: false, reason: 'undecodable', detail }, []);
  }
}

scope.addEventListener('message', (event) => {
  void handle(event.data);
});
