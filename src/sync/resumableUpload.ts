import { ApiError } from './apiError';
import type { ApiClient } from './apiClient';
import { bytesToBase64 } from './encoding';

/**
 * 256 KB: on 2G (~50 kbit/s up) a chunk takes ~40 s, so a cut loses at most that much; on Wi-Fi the
 * per-request cost is negligible against the bytes. The server commits every whole chunk to disk.
 */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;

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
  target: { submissionId: string; docId: string; bytes: ArrayBuffer },
  onProgress: (serverOffset: number) => void | Promise<void> = () => undefined,
): Promise<UploadReport> {
  const { submissionId, docId, bytes } = target;
  const total = bytes.byteLength;
  let offset = (await api.uploadOffset(submissionId, docId)).offset;
  const resumedFrom = offset;
  let bytesSent = 0;
  let resyncs = 0;
  let checksumRetries = 0;
  await onProgress(offset);
  while (offset < total) {
    const chunk = new Uint8Array(bytes, offset, Math.min(UPLOAD_CHUNK_BYTES, total - offset));
    const checksum = bytesToBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', chunk)));
    try {
      bytesSent += chunk.byteLength;
      offset = await api.patchChunk(submissionId, docId, offset, chunk, checksum);
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
