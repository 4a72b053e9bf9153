import { z } from 'zod/mini';
import { documentMime, type Receipt } from '@/contract';
import type { OutboxRecord, Storage } from '@/storage';
import type { ApiClient } from './apiClient';
import { ApiError } from './apiError';
import { uploadResumable } from './resumableUpload';

/** A problem on this device that no retry can fix (bytes gone, frozen body unreadable). */
export class LocalSendError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'LocalSendError';
  }
}

// Only what the upload needs from the frozen body; the server validated the whole of it at create.
const frozenManifest = z.object({
  documents: z.array(z.object({ id: z.string(), mime: documentMime, sha256: z.string(), size: z.number() })),
});

function manifestOf(row: OutboxRecord) {
  try {
    const parsed = z.safeParse(frozenManifest, JSON.parse(row.body));
    if (parsed.success) return new Map(parsed.data.documents.map((doc) => [doc.id, doc]));
  } catch {
    // fall through: same verdict as a body that parses but does not match
  }
  throw new LocalSendError('frozen-body-unreadable', `Outbox row ${row.id} has an unreadable body.`);
}

function isDocumentsMissing(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.problem?.code === 'documents-missing';
}

/**
 * Drives one submission through create → upload → complete and returns the receipt. Progress is
 * saved after every step, so a crash or a lost answer resumes where it stopped; every request is
 * idempotent on the server, so repeating the last one is always safe. Documents go up in chunks
 * that resume from what the server holds; how far they are is stored on the outbox row, where
 * every tab (and the service worker) can show it.
 */
export async function sendSubmission(api: ApiClient, storage: Storage, row: OutboxRecord): Promise<Receipt> {
  const manifest = manifestOf(row);
  let current = row;
  let reconciled = false;
  // Created in this very send: the server cannot hold a byte of any document yet (a chunk is only
  // ever sent after the stage 'upload' was stored), so no need to ask it (one request less each).
  let serverHoldsNothing = row.stage === 'create';
  for (;;) {
    if (current.stage === 'create') {
      const created = await api.createSubmission(row.id, row.body);
      // On a replay the server says which documents it already holds: no need to send them again.
      const received = created.documents.filter((doc) => doc.received).map((doc) => doc.id);
      const uploaded = [...new Set([...current.uploaded, ...received])];
      current = await storage.updateOutbox(row.id, { stage: 'upload', uploaded });
    }
    if (current.stage === 'upload') {
      const progress = progressOf(current, manifest, storage);
      for (const docId of current.documentIds) {
        if (current.uploaded.includes(docId)) continue;
        const entry = manifest.get(docId);
        if (!entry) throw new LocalSendError('manifest-mismatch', `Document ${docId} is not in the frozen body.`);
        const bytes = await storage.getDocumentBytes(docId).catch((cause: unknown) => {
          throw new LocalSendError('document-missing-locally', `Bytes of ${docId} unreadable: ${String(cause)}`);
        });
        await uploadResumable(
          api,
          { submissionId: row.id, docId, bytes, ...(serverHoldsNothing ? { knownOffset: 0 } : {}) },
          (offset) => progress.report(current.uploaded, offset),
        );
        const uploaded = [...current.uploaded, docId];
        const done = uploaded.length === current.documentIds.length;
        current = await storage.updateOutbox(row.id, { uploaded, progress: progress.at(uploaded), ...(done ? { stage: 'complete' } : {}) });
      }
      if (current.stage !== 'complete') current = await storage.updateOutbox(row.id, { stage: 'complete' });
    }
    try {
      return await api.complete(row.id);
    } catch (error) {
      // The server lost (or never got) a document we thought delivered: believe the server, upload
      // what it lacks, and try once more in this drain. A second refusal goes to the retry policy.
      if (reconciled || !isDocumentsMissing(error)) throw error;
      reconciled = true;
      const status = await api.getStatus(row.id);
      const uploaded = status.documents.filter((doc) => doc.received).map((doc) => doc.id);
      current = await storage.updateOutbox(row.id, { stage: 'upload', uploaded });
      serverHoldsNothing = false;
    }
  }
}

/** "Documents n of m, bytes": written at most every PROGRESS_EVERY_MS so 2G is not slowed by disk. */
const PROGRESS_EVERY_MS = 250;

function progressOf(row: OutboxRecord, manifest: Map<string, { size: number }>, storage: Storage) {
  const sizeOf = (docId: string) => manifest.get(docId)?.size ?? 0;
  const bytesTotal = row.documentIds.reduce((sum, docId) => sum + sizeOf(docId), 0);
  let lastWrite = 0;
  const at = (uploaded: readonly string[], currentOffset = 0) => ({
    documentsDone: uploaded.length,
    documentsTotal: row.documentIds.length,
    bytesSent: Math.min(bytesTotal, uploaded.reduce((sum, docId) => sum + sizeOf(docId), 0) + currentOffset),
    bytesTotal,
    updatedAt: Date.now(),
  });
  return {
    /** The figure once a document is done, written together with `uploaded`. */
    at,
    /** Within a document: written when it moved, at most every PROGRESS_EVERY_MS. */
    async report(uploaded: readonly string[], currentOffset: number): Promise<void> {
      const now = Date.now();
      if (currentOffset === 0 || now - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = now;
      await storage.setOutboxProgress(row.id, at(uploaded, currentOffset));
    },
  };
}
