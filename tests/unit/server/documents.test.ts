// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentStored, MAX_DOCUMENT_BYTES, problem, submissionStatus } from '@/contract';
import { createSubmission, digestHeader, expectProblemContentType, makeServer, manifestEntry, PDF, PNG, putDocument, submissionBody } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(bytes = PDF, mime: 'application/pdf' | 'image/png' = 'application/pdf') {
  server = await makeServer();
  const doc = manifestEntry(bytes, mime);
  const { key } = await createSubmission(server.app, submissionBody([doc]));
  const filePath = join(server.dataDir, 'documents', key, doc.id);
  return { app: server.app, key, doc, filePath };
}

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expectProblemContentType(res.headers['content-type']);
  expect(problem.parse(res.json()).code).toBe(code);
  expect(res.headers['cache-control']).toBe('no-store');
}

describe('PUT /api/v1/submissions/:id/documents/:docId', () => {
  it('stores the bytes when the digest matches, and answers 200 again for the same PUT', async () => {
    const { app, key, doc, filePath } = await setUp();
    const res = await putDocument(app, key, doc.id, PDF, { contentType: 'application/pdf' });
    expect(res.statusCode).toBe(200);
    expect(documentStored.parse(res.json())).toEqual({ id: doc.id, size: PDF.length, sha256: doc.sha256 });
    expect(readFileSync(filePath).equals(PDF)).toBe(true);
    const again = await putDocument(app, key, doc.id, PDF);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(res.body);
    // No temp file left behind by the atomic write.
    expect(readdirSync(join(filePath, '..'))).toEqual([doc.id]);
  });

  it('accepts image/* content types', async () => {
    const { app, key, doc } = await setUp(PNG, 'image/png');
    expect((await putDocument(app, key, doc.id, PNG, { contentType: 'image/png' })).statusCode).toBe(200);
  });

  it('refuses bytes whose digest differs from Content-Digest, and stores nothing', async () => {
    const { app, key, doc, filePath } = await setUp();
    const tampered = Buffer.from(PDF);
    tampered[tampered.length - 2] = 0x41;
    const res = await putDocument(app, key, doc.id, tampered, { digest: digestHeader(PDF) });
    expectProblem(res, 422, 'digest-mismatch');
    expect(existsSync(filePath)).toBe(false);
    const status = await app.inject({ method: 'GET', url: `/api/v1/submissions/${key}` });
    expect(submissionStatus.parse(status.json()).documents).toEqual([{ id: doc.id, received: false }]);
  });

  it('refuses a Content-Digest that differs from the manifest', async () => {
    const { app, key, doc, filePath } = await setUp();
    const other = Buffer.from('%PDF-other');
    expectProblem(await putDocument(app, key, doc.id, other, { digest: digestHeader(other) }), 422, 'digest-mismatch');
    expect(existsSync(filePath)).toBe(false);
  });

  it('requires a Content-Digest header', async () => {
    const { app, key, doc } = await setUp();
    expectProblem(await putDocument(app, key, doc.id, PDF, { digest: 'md5=abc' }), 400, 'digest-mismatch');
  });

  it('refuses bytes that do not match the declared mime type', async () => {
    server = await makeServer();
    const notPdf = Buffer.from('MZ this is not a pdf at all');
    const doc = manifestEntry(notPdf, 'application/pdf');
    const { key } = await createSubmission(server.app, submissionBody([doc]));
    expectProblem(await putDocument(server.app, key, doc.id, notPdf), 422, 'unsupported-media-type');
    expect(existsSync(join(server.dataDir, 'documents', key, doc.id))).toBe(false);
  });

  it('refuses a size that differs from the manifest', async () => {
    server = await makeServer();
    const doc = { ...manifestEntry(PDF, 'application/pdf'), size: PDF.length + 1 };
    const { key } = await createSubmission(server.app, submissionBody([doc]));
    expectProblem(await putDocument(server.app, key, doc.id, PDF), 422, 'size-mismatch');
  });

  it('answers 404 not-found for an unknown submission and unknown-document for a document not in the manifest', async () => {
    const { app, key, doc } = await setUp();
    expectProblem(await putDocument(app, randomUUID(), doc.id, PDF), 404, 'not-found');
    expectProblem(await putDocument(app, key, randomUUID(), PDF), 404, 'unknown-document');
    expectProblem(await putDocument(app, key, '..%2F..%2Fetc', PDF), 404, 'unknown-document');
  });

  it('refuses a body over the limit with 413 payload-too-large', async () => {
    const { app, key, doc } = await setUp();
    const huge = Buffer.alloc(MAX_DOCUMENT_BYTES + 128 * 1024, 0x25);
    expectProblem(await putDocument(app, key, doc.id, huge), 413, 'payload-too-large');
  });

  it('refuses a content type that is not bytes with 415', async () => {
    const { app, key, doc } = await setUp();
    expectProblem(await putDocument(app, key, doc.id, PDF, { contentType: 'text/plain' }), 415, 'unsupported-media-type');
  });
});
