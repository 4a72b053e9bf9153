// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { health, problem, submissionCreated } from '@/contract';
import { createSubmission, expectProblemContentType, makeServer, manifestEntry, PDF, PNG, putDocument, submissionBody } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GET /api/v1/health', () => {
  it('answers ok, v1 and the server time, not cacheable', async () => {
    server = await makeServer();
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    const body = health.parse(res.json());
    expect(body).toMatchObject({ status: 'ok', contract: 'v1' });
    expect(Math.abs(Date.parse(body.time) - Date.now())).toBeLessThan(60_000);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('POST /api/v1/submissions', () => {
  it('creates a submission: 201 with every document not yet received', async () => {
    server = await makeServer();
    const docs = [manifestEntry(PDF, 'application/pdf'), manifestEntry(PNG, 'image/png', 'photo')];
    const { key, response } = await createSubmission(server.app, submissionBody(docs));
    expect(response.statusCode).toBe(201);
    const body = submissionCreated.parse(response.json());
    expect(body).toMatchObject({ id: key, state: 'awaiting-documents' });
    expect(body.documents).toEqual(docs.map((d) => ({ id: d.id, received: false })));
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.location).toBe(`/api/v1/submissions/${key}`);
  });

  it('R. 431-11: a filing with no document, and the warnings the person read, is accepted and completed', async () => {
    server = await makeServer();
    const body = { ...submissionBody([]), warnings: [{ kind: 'document', code: 'missing-document', document: 'passport' }] };
    const { key, response } = await createSubmission(server.app, body);
    expect(response.statusCode).toBe(201);
    const done = await server.app.inject({ method: 'POST', url: `/api/v1/submissions/${key}/complete` });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ submissionId: key });
  });

  it('refuses warnings that carry anything but codes', async () => {
    server = await makeServer();
    const body = { ...submissionBody([]), warnings: [{ kind: 'document', code: 'Amina Benali a perdu son passeport' }] };
    const { response } = await createSubmission(server.app, body);
    // The contract's validation problem: a body that does not parse is 422 like any other.
    expect(response.statusCode).toBe(422);
  });

  it('replays the same answer byte for byte for the same key and body (key order ignored)', async () => {
    server = await makeServer();
    const body = submissionBody([manifestEntry(PDF, 'application/pdf')]);
    const first = await createSubmission(server.app, body);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await createSubmission(server.app, reordered, first.key);
    expect(again.response.statusCode).toBe(201);
    expect(again.response.body).toBe(first.response.body);
    expect(again.response.headers['idempotent-replayed']).toBe('true');
  });

  it('replays with the documents received so far', async () => {
    server = await makeServer();
    const pdf = manifestEntry(PDF, 'application/pdf');
    const png = manifestEntry(PNG, 'image/png', 'photo');
    const body = submissionBody([pdf, png]);
    const first = await createSubmission(server.app, body);
    expect((await putDocument(server.app, first.key, png.id, PNG)).statusCode).toBe(200);
    const again = await createSubmission(server.app, body, first.key);
    const replay = submissionCreated.parse(again.response.json());
    const original = submissionCreated.parse(first.response.json());
    expect(replay.createdAt).toBe(original.createdAt);
    expect(replay.documents).toEqual([
      { id: pdf.id, received: false },
      { id: png.id, received: true },
    ]);
  });

  it('refuses the same key with another body: 422 idempotency-conflict', async () => {
    server = await makeServer();
    const body = submissionBody([manifestEntry(PDF, 'application/pdf')]);
    const first = await createSubmission(server.app, body);
    const other = await createSubmission(server.app, { ...body, language: 'ar' }, first.key);
    expect(other.response.statusCode).toBe(422);
    expectProblemContentType(other.response.headers['content-type']);
    expect(problem.parse(other.response.json()).code).toBe('idempotency-conflict');
  });

  it('refuses an invalid body with field errors', async () => {
    server = await makeServer();
    const doc = { ...manifestEntry(PDF, 'application/pdf'), sha256: 'nope' };
    const body = { ...submissionBody([doc]), answers: { foreignerNumber: 42 } };
    const { response } = await createSubmission(server.app, body);
    expect(response.statusCode).toBe(422);
    expectProblemContentType(response.headers['content-type']);
    const p = problem.parse(response.json());
    expect(p.code).toBe('validation');
    expect(p.type).toBe('https://relais.invalid/problems/validation');
    const fields = p.errors?.map((e) => e.field);
    expect(fields).toContain('answers/foreignerNumber');
    expect(fields).toContain('documents/0/sha256');
  });

  it('refuses duplicate document ids in the manifest', async () => {
    server = await makeServer();
    const doc = manifestEntry(PDF, 'application/pdf');
    const { response } = await createSubmission(server.app, submissionBody([doc, doc]));
    expect(response.statusCode).toBe(422);
    expect(problem.parse(response.json()).errors).toEqual([{ field: 'documents/1/id', code: 'duplicate' }]);
  });

  it.each([
    ['missing', undefined],
    ['not a uuid', 'submission-1'],
  ])('refuses a %s Idempotency-Key with 400', async (_label, key) => {
    server = await makeServer();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: key === undefined ? {} : { 'idempotency-key': key },
      payload: submissionBody([manifestEntry(PDF, 'application/pdf')]),
    });
    expect(res.statusCode).toBe(400);
    expectProblemContentType(res.headers['content-type']);
    expect(problem.parse(res.json()).code).toBe('idempotency-key-invalid');
  });

  it('accepts the key as a structured-field string ("…") and treats it as the same submission', async () => {
    server = await makeServer();
    const body = submissionBody([manifestEntry(PDF, 'application/pdf')]);
    const first = await createSubmission(server.app, body);
    const quoted = await createSubmission(server.app, body, `"${first.key}"`);
    expect(quoted.response.statusCode).toBe(201);
    expect(quoted.response.headers['idempotent-replayed']).toBe('true');
    expect(quoted.response.body).toBe(first.response.body);
  });

  it('keeps exactly one row when two identical requests race, even from two server instances', async () => {
    server = await makeServer();
    const second = await (await import('../../../server/src/app')).buildServer({ dataDir: server.dataDir });
    try {
      const body = submissionBody([manifestEntry(PDF, 'application/pdf')]);
      const key = randomUUID();
      const results = await Promise.all([
        createSubmission(server.app, body, key),
        createSubmission(second, body, key),
        createSubmission(server.app, body, key),
        createSubmission(second, body, key),
      ]);
      expect(results.map((r) => r.response.statusCode)).toEqual([201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.response.body)).size).toBe(1);
      expect(results.filter((r) => r.response.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
      const db = new Database(join(server.dataDir, 'relais.sqlite'), { readonly: true });
      try {
        expect(db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE id = ?').get(key)).toEqual({ n: 1 });
        expect(db.prepare('SELECT COUNT(*) AS n FROM documents WHERE submission_id = ?').get(key)).toEqual({ n: 1 });
      } finally {
        db.close();
      }
    } finally {
      await second.close();
    }
  });

  it('keeps submissions across a restart (data lives in dataDir)', async () => {
    server = await makeServer();
    const { key } = await createSubmission(server.app, submissionBody([manifestEntry(PDF, 'application/pdf')]));
    await server.app.close();
    const reopened = await makeServer(undefined, server.dataDir);
    server = reopened;
    const res = await reopened.app.inject({ method: 'GET', url: `/api/v1/submissions/${key}` });
    expect(res.statusCode).toBe(200);
  });
});
