// @vitest-environment node
import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKSUM_MISMATCH_STATUS, OFFSET_OCTET_STREAM, problem, submissionStatus, uploadChecksumValue } from '@/contract';
import { createSubmission, expectProblemContentType, headDocument, listen, makeServer, manifestEntry, patchChunk, putDocument, submissionBody } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A PDF big enough to send in a few chunks. */
const BIG_PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41), Buffer.from('\n%%EOF\n')]);

async function setUp(bytes = BIG_PDF, mime: 'application/pdf' | 'image/png' = 'application/pdf') {
  server = await makeServer();
  const doc = manifestEntry(bytes, mime);
  const { key } = await createSubmission(server.app, submissionBody([doc]));
  const dir = join(server.dataDir, 'documents', key);
  return { app: server.app, key, doc, dir, filePath: join(dir, doc.id), partPath: join(dir, `${doc.id}.part`) };
}

type Res = { statusCode: number; headers: Record<string, unknown>; json: () => unknown };
function expectProblem(res: Res, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expectProblemContentType(res.headers['content-type']);
  expect(problem.parse(res.json()).code).toBe(code);
  expect(res.headers['cache-control']).toBe('no-store');
}

async function offsetOf(app: TestServer['app'], key: string, docId: string): Promise<number> {
  return Number((await headDocument(app, key, docId)).headers['upload-offset']);
}

describe('HEAD /api/v1/submissions/:id/documents/:docId', () => {
  it('answers 204 with Upload-Offset 0, Upload-Length = manifest size, not cacheable', async () => {
    const { app, key, doc } = await setUp();
    const res = await headDocument(app, key, doc.id);
    expect(res.statusCode).toBe(204);
    expect(res.headers['upload-offset']).toBe('0');
    expect(res.headers['upload-length']).toBe(String(BIG_PDF.length));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toBe('');
  });

  it('answers offset = length for a document received by PUT', async () => {
    const { app, key, doc } = await setUp();
    expect((await putDocument(app, key, doc.id, BIG_PDF)).statusCode).toBe(200);
    const res = await headDocument(app, key, doc.id);
    expect(res.headers['upload-offset']).toBe(String(BIG_PDF.length));
  });

  it('answers 404 for an unknown submission or document', async () => {
    const { app, key, doc } = await setUp();
    expect((await headDocument(app, randomUUID(), doc.id)).statusCode).toBe(404);
    expect((await headDocument(app, key, randomUUID())).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/submissions/:id/documents/:docId', () => {
  it('appends chunks, then checks and files the whole document', async () => {
    const { app, key, doc, filePath, dir } = await setUp();
    const cuts = [0, 1000, 2000, BIG_PDF.length];
    for (let i = 0; i < cuts.length - 1; i += 1) {
      const res = await patchChunk(app, key, doc.id, cuts[i] ?? 0, BIG_PDF.subarray(cuts[i], cuts[i + 1]));
      expect(res.statusCode).toBe(204);
      expect(res.headers['upload-offset']).toBe(String(cuts[i + 1]));
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect(readFileSync(filePath).equals(BIG_PDF)).toBe(true);
    expect(readdirSync(dir)).toEqual([doc.id]);
    const status = submissionStatus.parse((await app.inject({ method: 'GET', url: `/api/v1/submissions/${key}` })).json());
    expect(status.documents).toEqual([{ id: doc.id, received: true }]);
    expect((await app.inject({ method: 'POST', url: `/api/v1/submissions/${key}/complete` })).statusCode).toBe(200);
  });

  it('accepts a chunk without Upload-Checksum', async () => {
    const { app, key, doc } = await setUp();
    const res = await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 10), { checksum: null });
    expect(res.headers['upload-offset']).toBe('10');
  });

  it('answers 409 offset-mismatch with the server offset when the client is behind or ahead', async () => {
    const { app, key, doc } = await setUp();
    await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000));
    // The answer of the first chunk was lost: the client sends it again.
    const replay = await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000));
    expectProblem(replay, 409, 'offset-mismatch');
    expect(replay.headers['upload-offset']).toBe('1000');
    const ahead = await patchChunk(app, key, doc.id, 2000, BIG_PDF.subarray(2000, 2100));
    expectProblem(ahead, 409, 'offset-mismatch');
    expect(ahead.headers['upload-offset']).toBe('1000');
  });

  it('answers 460 checksum-mismatch and keeps the offset when a chunk is damaged', async () => {
    const { app, key, doc } = await setUp();
    const chunk = Buffer.from(BIG_PDF.subarray(0, 1000));
    const checksum = `sha256 ${Buffer.alloc(32, 7).toString('base64')}`;
    const res = await patchChunk(app, key, doc.id, 0, chunk, { checksum });
    expectProblem(res, CHECKSUM_MISMATCH_STATUS, 'checksum-mismatch');
    expect(await offsetOf(app, key, doc.id)).toBe(0);
    expect((await patchChunk(app, key, doc.id, 0, chunk)).headers['upload-offset']).toBe('1000');
  });

  it('answers 422 size-mismatch past Upload-Length', async () => {
    const { app, key, doc } = await setUp();
    await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 3000));
    expectProblem(await patchChunk(app, key, doc.id, 3000, Buffer.alloc(BIG_PDF.length, 0x41)), 422, 'size-mismatch');
    expect(await offsetOf(app, key, doc.id)).toBe(3000);
  });

  it('discards the whole upload when the completed file differs from the manifest', async () => {
    const { app, key, doc, filePath, partPath } = await setUp();
    const tampered = Buffer.from(BIG_PDF);
    tampered[2500] = 0x42;
    await patchChunk(app, key, doc.id, 0, tampered.subarray(0, 2000));
    const last = await patchChunk(app, key, doc.id, 2000, tampered.subarray(2000));
    expectProblem(last, 422, 'digest-mismatch');
    expect(last.headers['upload-offset']).toBe('0');
    expect(await offsetOf(app, key, doc.id)).toBe(0);
    expect(existsSync(filePath) || existsSync(partPath)).toBe(false);
    // And it can start over.
    expect((await patchChunk(app, key, doc.id, 0, BIG_PDF)).headers['upload-offset']).toBe(String(BIG_PDF.length));
  });

  it('refuses a completed file whose bytes are not the declared type', async () => {
    server = await makeServer();
    const notPdf = Buffer.from('MZ this is not a pdf at all');
    const doc = manifestEntry(notPdf, 'application/pdf');
    const { key } = await createSubmission(server.app, submissionBody([doc]));
    expectProblem(await patchChunk(server.app, key, doc.id, 0, notPdf), 422, 'unsupported-media-type');
    expect(await offsetOf(server.app, key, doc.id)).toBe(0);
  });

  it('answers 204 with the same offset for a PATCH at offset = length of a received document', async () => {
    const { app, key, doc } = await setUp();
    await patchChunk(app, key, doc.id, 0, BIG_PDF);
    const again = await patchChunk(app, key, doc.id, BIG_PDF.length, Buffer.alloc(0), { checksum: null });
    expect(again.statusCode).toBe(204);
    expect(again.headers['upload-offset']).toBe(String(BIG_PDF.length));
    // Resending the last chunk after a lost answer: told where the server is (everything).
    const late = await patchChunk(app, key, doc.id, 0, BIG_PDF);
    expectProblem(late, 409, 'offset-mismatch');
    expect(late.headers['upload-offset']).toBe(String(BIG_PDF.length));
  });

  it('cuts bytes past the committed offset (a chunk written but never recorded)', async () => {
    const { app, key, doc, partPath } = await setUp();
    await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000));
    // As if the server died after writing a chunk and before recording it.
    writeFileSync(partPath, Buffer.concat([BIG_PDF.subarray(0, 1000), Buffer.alloc(700, 0x5a)]));
    expect(await offsetOf(app, key, doc.id)).toBe(1000);
    const res = await patchChunk(app, key, doc.id, 1000, BIG_PDF.subarray(1000));
    expect(res.statusCode).toBe(204);
    expect(res.headers['upload-offset']).toBe(String(BIG_PDF.length));
  });

  it('starts over when the partial file is gone', async () => {
    const { app, key, doc, partPath } = await setUp();
    await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000));
    rmSync(partPath);
    expect(await offsetOf(app, key, doc.id)).toBe(0);
  });

  it('refuses another content type (415) and a missing or malformed Upload-Offset or checksum (400)', async () => {
    const { app, key, doc } = await setUp();
    const chunk = BIG_PDF.subarray(0, 10);
    expectProblem(await patchChunk(app, key, doc.id, 0, chunk, { contentType: 'application/octet-stream' }), 415, 'unsupported-media-type');
    expectProblem(await patchChunk(app, key, doc.id, '-1', chunk), 400, 'validation');
    expectProblem(await patchChunk(app, key, doc.id, 'abc', chunk), 400, 'validation');
    expectProblem(await patchChunk(app, key, doc.id, 0, chunk, { checksum: 'md5 AAAA' }), 400, 'validation');
    expectProblem(await patchChunk(app, randomUUID(), doc.id, 0, chunk), 404, 'not-found');
    expectProblem(await patchChunk(app, key, randomUUID(), 0, chunk), 404, 'unknown-document');
    expect(await offsetOf(app, key, doc.id)).toBe(0);
  });

  it('serialises concurrent chunks of one document: one wins, the other learns the offset', async () => {
    const { app, key, doc } = await setUp();
    const [a, b] = await Promise.all([
      patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000)),
      patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000)),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([204, 409]);
    expect(await offsetOf(app, key, doc.id)).toBe(1000);
  });
});

describe('a connection cut in the middle of a chunk', () => {
  it('leaves the server at the last whole committed chunk', async () => {
    const { app, key, doc } = await setUp();
    await patchChunk(app, key, doc.id, 0, BIG_PDF.subarray(0, 1000));
    const base = await listen(app);
    const chunk = BIG_PDF.subarray(1000, 3000);
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${base}/api/v1/submissions/${key}/documents/${doc.id}`, {
        method: 'PATCH',
        headers: {
          'content-type': OFFSET_OCTET_STREAM,
          'content-length': String(chunk.length),
          'upload-offset': '1000',
          'upload-checksum': uploadChecksumValue(createHash('sha256').update(chunk).digest('base64')),
        },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      // Half the chunk, then the network goes away.
      req.write(chunk.subarray(0, 1000), () => setTimeout(() => req.destroy(), 50));
    });
    // The server notices the cut asynchronously; it must never move past 1000 meanwhile.
    for (let i = 0; i < 5; i += 1) {
      expect(await offsetOf(app, key, doc.id)).toBe(1000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const rest = await fetch(`${base}/api/v1/submissions/${key}/documents/${doc.id}`, {
      method: 'PATCH',
      headers: { 'content-type': OFFSET_OCTET_STREAM, 'upload-offset': '1000' },
      body: BIG_PDF.subarray(1000),
    });
    expect(rest.status).toBe(204);
    expect(rest.headers.get('upload-offset')).toBe(String(BIG_PDF.length));
  });
});
