import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '@/sync';
import { closedPortUrl, startLiveServer, type LiveServer } from './liveServer';
import { createTap } from './tap';

let server: LiveServer;
beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server.close());

const pdf = new TextEncoder().encode('%PDF-1.4\n% api client test\n%%EOF\n');
const hex = createHash('sha256').update(pdf).digest('hex');

function requestBody(docId: string) {
  return JSON.stringify({
    procedure: 'renewal-vpf',
    procedureVersion: '2026.1',
    language: 'fr',
    answers: { familyName: 'Exemple' },
    documents: [{ id: docId, type: 'passport', mime: 'application/pdf', size: pdf.byteLength, sha256: hex }],
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('API client', () => {
  it('speaks the contract: idempotency key, frozen body, Content-Digest, parsed answers', async () => {
    const tap = createTap();
    const api = createApiClient({ baseUrl: server.baseUrl, fetch: tap.fetch });
    expect((await api.health()).contract).toBe('v1');
    const id = crypto.randomUUID();
    const docId = crypto.randomUUID();
    const created = await api.createSubmission(id, requestBody(docId));
    expect(created.documents).toEqual([{ id: docId, received: false }]);
    expect(tap.headers[1]?.get('Idempotency-Key')).toBe(id);
    const bytes = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength);
    expect(await api.putDocument(id, docId, bytes, hex, 'application/pdf')).toEqual({ id: docId, size: pdf.byteLength, sha256: hex });
    expect(tap.headers[2]?.get('Content-Digest')).toBe(`sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`);
    const receipt = await api.complete(id);
    expect(receipt.submissionId).toBe(id);
    expect((await api.getStatus(id)).receipt).toEqual(receipt);
  });

  it('turns problem+json into a typed http error', async () => {
    const api = createApiClient({ baseUrl: server.baseUrl });
    const error = await failure(api.getStatus(crypto.randomUUID()));
    expect(error.failure).toMatchObject({ kind: 'http', status: 404, problem: { code: 'not-found' } });
  });

  it('no server: network error', async () => {
    const api = createApiClient({ baseUrl: await closedPortUrl() });
    expect((await failure(api.health())).failure).toEqual({ kind: 'network' });
  });

  it('a 2xx that breaks the contract is an invalid response, retried like a 502', async () => {
    const tap = createTap();
    tap.once('GET', /health$/, { kind: 'respond', status: 200, body: '<html>captive portal</html>' });
    const error = await failure(createApiClient({ baseUrl: server.baseUrl, fetch: tap.fetch }).health());
    expect(error.failure).toEqual({ kind: 'invalid-response', status: 200 });
  });

  it('reads Retry-After into retryAfterMs', async () => {
    const tap = createTap();
    tap.once('GET', /health$/, { kind: 'respond', status: 429, headers: { 'Retry-After': '7' } });
    const error = await failure(createApiClient({ baseUrl: server.baseUrl, fetch: tap.fetch }).health());
    expect(error.failure).toEqual({ kind: 'http', status: 429, retryAfterMs: 7000 });
  });

  it('times out through AbortController', async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const api = createApiClient({ baseUrl: server.baseUrl, fetch: hanging, timeoutMs: 20 });
    expect((await failure(api.health())).failure).toEqual({ kind: 'network', timeout: true });
  });
});
