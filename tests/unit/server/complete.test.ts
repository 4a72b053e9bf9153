// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, problem, receipt, submissionStatus } from '@/contract';
import { createSubmission, expectProblemContentType, makeServer, manifestEntry, PDF, PNG, putDocument, sha256Hex, submissionBody } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp() {
  server = await makeServer();
  const pdf = manifestEntry(PDF, 'application/pdf');
  const png = manifestEntry(PNG, 'image/png', 'photo');
  const body = submissionBody([pdf, png]);
  const { key } = await createSubmission(server.app, body);
  return { app: server.app, key, pdf, png, body };
}

describe('POST /api/v1/submissions/:id/complete', () => {
  it('answers 409 documents-missing listing each missing document', async () => {
    const { app, key, pdf, png } = await setUp();
    await putDocument(app, key, pdf.id, PDF);
    const res = await app.inject({ method: 'POST', url: `/api/v1/submissions/${key}/complete` });
    expect(res.statusCode).toBe(409);
    expectProblemContentType(res.headers['content-type']);
    const p = problem.parse(res.json());
    expect(p.code).toBe('documents-missing');
    expect(p.errors).toEqual([{ field: `documents/${png.id}`, code: 'missing' }]);
  });

  it('files the submission once: the receipt is made once and replayed', async () => {
    const { app, key, pdf, png, body } = await setUp();
    await putDocument(app, key, pdf.id, PDF);
    await putDocument(app, key, png.id, PNG);
    const before = Date.now();
    const first = await app.inject({ method: 'POST', url: `/api/v1/submissions/${key}/complete` });
    expect(first.statusCode).toBe(200);
    const r = receipt.parse(first.json());
    expect(r.submissionId).toBe(key);
    expect(r.number).toMatch(/^RLS-\d{8}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(r.digest).toBe(sha256Hex(Buffer.from(canonicalJson(body))));
    expect(Date.parse(r.filedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(first.headers['cache-control']).toBe('no-store');

    // With `{}` as a JSON body this time: both forms are accepted.
    const again = await app.inject({ method: 'POST', url: `/api/v1/submissions/${key}/complete`, payload: {} });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());

    const emptyJson = await app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${key}/complete`,
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(emptyJson.statusCode).toBe(200);
    expect(emptyJson.json()).toEqual(first.json());

    const status = await app.inject({ method: 'GET', url: `/api/v1/submissions/${key}` });
    const s = submissionStatus.parse(status.json());
    expect(s.state).toBe('filed');
    expect(s.receipt).toEqual(r);
  });

  it('answers 404 for an unknown submission', async () => {
    server = await makeServer();
    const res = await server.app.inject({ method: 'POST', url: `/api/v1/submissions/${randomUUID()}/complete` });
    expect(res.statusCode).toBe(404);
    expect(problem.parse(res.json()).code).toBe('not-found');
  });
});

describe('GET /api/v1/submissions/:id', () => {
  it('reports state, creation time and received documents, without a receipt before filing', async () => {
    const { app, key, pdf, png } = await setUp();
    await putDocument(app, key, png.id, PNG);
    const res = await app.inject({ method: 'GET', url: `/api/v1/submissions/${key}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const s = submissionStatus.parse(res.json());
    expect(s).toMatchObject({ id: key, state: 'awaiting-documents' });
    expect(s.receipt).toBeUndefined();
    expect(s.documents).toEqual([
      { id: pdf.id, received: false },
      { id: png.id, received: true },
    ]);
  });

  it('answers 404 problem+json for an unknown or malformed id', async () => {
    server = await makeServer();
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const res = await server.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` });
      expect(res.statusCode).toBe(404);
      expectProblemContentType(res.headers['content-type']);
      expect(problem.parse(res.json()).code).toBe('not-found');
    }
  });
});
