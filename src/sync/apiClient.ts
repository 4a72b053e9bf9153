import { z } from 'zod/mini';
import {
  apiPaths,
  contentDigestValue,
  documentStored,
  health,
  IDEMPOTENCY_KEY_HEADER,
  CONTENT_DIGEST_HEADER,
  OFFSET_OCTET_STREAM,
  publicKeySet,
  UPLOAD_CHECKSUM_HEADER,
  UPLOAD_LENGTH_HEADER,
  UPLOAD_OFFSET_HEADER,
  uploadChecksumValue,
  type PublicKeySet,
  problem,
  receipt,
  submissionCreated,
  submissionStatus,
  type DocumentMime,
  type DocumentStored,
  type Health,
  type Receipt,
  type SubmissionCreated,
  type SubmissionStatus,
} from '@/contract';
import { parseRetryAfter } from '@/domain/retryPolicy';
import { ApiError } from './apiError';
import { hexToBase64 } from './encoding';

export interface ApiClientOptions {
  /** '' = same origin (the page and the service worker are served with the API). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Overrides both defaults (10 s, 30 s for document uploads). */
  timeoutMs?: number;
  now?: () => number;
}

export interface ApiClient {
  health(): Promise<Health>;
  /** `bodyText` is the frozen JSON, sent byte for byte so a replay is the very same request. */
  createSubmission(id: string, bodyText: string): Promise<SubmissionCreated>;
  putDocument(id: string, docId: string, bytes: ArrayBuffer, sha256Hex: string, mime: DocumentMime): Promise<DocumentStored>;
  complete(id: string): Promise<Receipt>;
  getStatus(id: string): Promise<SubmissionStatus>;
  /** HEAD: how many bytes of the document the server holds, out of how many. */
  uploadOffset(id: string, docId: string): Promise<{ offset: number; length: number }>;
  /** PATCH one chunk at `offset`; resolves with the server's new offset. */
  patchChunk(id: string, docId: string, offset: number, chunk: Uint8Array<ArrayBuffer>, checksumBase64: string): Promise<number>;
  /** The public keys the server signs receipts and attestations with. */
  signingKeys(): Promise<PublicKeySet>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DOCUMENT_TIMEOUT_MS = 30_000;

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  // Bound: a detached `fetch` throws "Illegal invocation" in browsers.
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;

  /** One exchange; `read` runs before the timeout is cleared, so a body that stalls also times out. */
  async function exchange<T>(
    path: string,
    init: RequestInit,
    read: (response: Response, timedOut: () => boolean) => Promise<T>,
    timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  ): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}${path}`, { ...init, signal: controller.signal });
      } catch (cause) {
        throw new ApiError(timedOut ? { kind: 'network', timeout: true } : { kind: 'network' }, { cause });
      }
      if (!response.ok) throw await httpError(response, now());
      return await read(response, () => timedOut);
    } finally {
      clearTimeout(timer);
    }
  }

  function call<T>(path: string, init: RequestInit, schema: z.ZodMiniType<T>, timeoutMs?: number): Promise<T> {
    return exchange(path, init, (response, timedOut) => readJson(response, schema, timedOut), timeoutMs);
  }

  /** HEAD and PATCH answer with headers only: the offset is the whole answer. */
  function offsetOf(response: Response, header: string): number {
    const value = Number(response.headers.get(header));
    if (!Number.isSafeInteger(value) || value < 0) throw new ApiError({ kind: 'invalid-response', status: response.status });
    return value;
  }

  return {
    health: () => call(apiPaths.health, { method: 'GET' }, health),
    createSubmission: (id, bodyText) =>
      call(
        apiPaths.submissions,
        {
          method: 'POST',
          headers: { [IDEMPOTENCY_KEY_HEADER]: id, 'Content-Type': 'application/json' },
          body: bodyText,
        },
        submissionCreated,
      ),
    putDocument: (id, docId, bytes, sha256Hex, mime) =>
      call(
        apiPaths.document(id, docId),
        {
          method: 'PUT',
          headers: { [CONTENT_DIGEST_HEADER]: contentDigestValue(hexToBase64(sha256Hex)), 'Content-Type': mime },
          body: bytes,
        },
        documentStored,
        options.timeoutMs ?? DOCUMENT_TIMEOUT_MS,
      ),
    complete: (id) => call(apiPaths.complete(id), { method: 'POST' }, receipt),
    getStatus: (id) => call(apiPaths.submission(id), { method: 'GET' }, submissionStatus),
    uploadOffset: (id, docId) =>
      exchange(apiPaths.document(id, docId), { method: 'HEAD', cache: 'no-store' }, (response) =>
        Promise.resolve({ offset: offsetOf(response, UPLOAD_OFFSET_HEADER), length: offsetOf(response, UPLOAD_LENGTH_HEADER) }),
      ),
    patchChunk: (id, docId, offset, chunk, checksumBase64) =>
      exchange(
        apiPaths.document(id, docId),
        {
          method: 'PATCH',
          headers: {
            [UPLOAD_OFFSET_HEADER]: String(offset),
            [UPLOAD_CHECKSUM_HEADER]: uploadChecksumValue(checksumBase64),
            'Content-Type': OFFSET_OCTET_STREAM,
          },
          body: chunk,
        },
        (response) => Promise.resolve(offsetOf(response, UPLOAD_OFFSET_HEADER)),
        options.timeoutMs ?? DOCUMENT_TIMEOUT_MS,
      ),
    signingKeys: () => call(apiPaths.keys, { method: 'GET' }, publicKeySet),
  };
}

async function readJson<T>(response: Response, schema: z.ZodMiniType<T>, timedOut: () => boolean): Promise<T> {
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    // A body cut off mid-way is a lost answer, not a server verdict.
    if (timedOut()) throw new ApiError({ kind: 'network', timeout: true }, { cause });
    throw new ApiError({ kind: 'invalid-response', status: response.status }, { cause });
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) throw new ApiError({ kind: 'invalid-response', status: response.status });
  return parsed.data;
}

async function httpError(response: Response, nowMs: number): Promise<ApiError> {
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined; // An HTML error page from a proxy: the status alone decides.
  }
  const parsed = z.safeParse(problem, body);
  const uploadOffset = Number(response.headers.get(UPLOAD_OFFSET_HEADER) ?? Number.NaN);
  return new ApiError({
    kind: 'http',
    status: response.status,
    ...(parsed.success ? { problem: parsed.data } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(Number.isSafeInteger(uploadOffset) && uploadOffset >= 0 ? { uploadOffset } : {}),
  });
}
