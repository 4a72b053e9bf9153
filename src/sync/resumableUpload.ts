import { ApiError } from './apiError';
import type { ApiClient } from './apiClient';
import { bytesToBase64 } from './encoding';

/**
 * The first chunk of every document: 256 KB. On 2G (~50 kbit/s up) it takes ~40 s, so a cut loses
 * at most that much. The server commits every whole chunk to disk (an fsync each), so on a fast
 * link the next chunks grow to about CHUNK_TARGET_MS of transfer at the speed just measured, up
 * to MAX_CHUNK_BYTES: a cut still loses seconds, and a 300 KB scan goes in one request, not two
 * (bench:sync: the plain client's 1.0 instead of 1.4 with fixed chunks).
 */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;
export const MAX_CHUNK_BYTES = 1024 * 1024;
const CHUNK_TARGET_MS = 2_000;

/** How much to send next: what the link carries in CHUNK_TARGET_MS, a tail under half joined in. */
export function nextChunkBytes(previous: { bytes: number; ms: number } | null, remaining: number): number {
  const speed = previous === null ? 0 : previous.bytes / Math.max(1, previous.ms);
  const size = Math.min(MAX_CHUNK_BYTES, Math.max(UPLOAD_CHUNK_BYTES, Math.floor(speed * CHUNK_TARGET_MS)));
  // A 44 KB tail after 256 KB would cost a request and an fsync of its own.
  return remaining - size < size / 2 ? remaining : size;
}

/** A server that keeps answering with another offset is broken, not slow: stop and retry later. */
const MAX_OFFSET_RESYNCS = 5;
/** A chunk damaged on the way is sent again; twice in a row means something else is wrong. */
const MAX_CHECKSUM_RETRIES = 2;

export interface UploadReport {
  /** Bytes put on the wire in this call (what a resumed upload saves is total − sent). */
  bytesSent: number;
  /** Where the server was when this call started. */
  resumedFrom: number;
}

/**
 * Sends one document in chunks following the tus protocol's rules (offset, checksum) on plain
 * fetch — tus-js-client cannot load in a service worker. It asks the server what it already holds
 * and sends only the rest, so an upload cut at 90 % resumes at 90 %, from the page or the worker.
 */
export async function uploadResumable(
  api: ApiClient,
  target: {
    submissionId: string;
    docId: string;
    bytes: ArrayBuffer;
    /** Set when the server cannot hold any of it yet (the submission was created in this send): no HEAD. */
    knownOffset?: number;
  },
  onProgress: (serverOffset: number) => void | Promise<void> = () => undefined,
): Promise<UploadReport> {
  const { submissionId, docId, bytes } = target;
  const total = bytes.byteLength;
  let offset = target.knownOffset ?? (await api.uploadOffset(submissionId, docId)).offset;
  const resumedFrom = offset;
  let bytesSent = 0;
  let resyncs = 0;
  let checksumRetries = 0;
  let previous: { bytes: number; ms: number } | null = null;
  while (offset < total) {
    const chunk: Uint8Array<ArrayBuffer> = new Uint8Array(bytes, offset, nextChunkBytes(previous, total - offset));
    const checksum = bytesToBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', chunk)));
    try {
      bytesSent += chunk.byteLength;
      const started = Date.now();
      offset = await api.patchChunk(submissionId, docId, offset, chunk, checksum);
      previous = { bytes: chunk.byteLength, ms: Date.now() - started };
      checksumRetries = 0;
    } catch (error) {
      const serverOffset = offsetMismatch(error);
      if (serverOffset !== null && resyncs++ < MAX_OFFSET_RESYNCS) {
        // Our earlier chunk did land (its answer was lost), or the server lost a tail: follow it.
        offset = serverOffset;
      } else if (isChecksumMismatch(error) && checksumRetries++ < MAX_CHECKSUM_RETRIES) {
        continue;
      } else {
        throw error;
      }
    }
    await onProgress(offset);
  }
  return { bytesSent, resumedFrom };
}

function offsetMismatch(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.problem?.code !== 'offset-mismatch') return null;
  return error.uploadOffset ?? null;
}

function isChecksumMismatch(error: unknown): boolean {
  return error instanceof ApiError && error.problem?.code === 'checksum-mismatch';
}
