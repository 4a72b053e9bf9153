// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { problem } from '@/contract';
import { expectProblemContentType, makeServer } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Fastify errors come out as problem+json', () => {
  it('bad JSON → 400 validation, without echoing the body', async () => {
    server = await makeServer();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      payload: '{"answers": {"lastName": "SECRET-NAME"',
    });
    expect(res.statusCode).toBe(400);
    expectProblemContentType(res.headers['content-type']);
    expect(problem.parse(res.json()).code).toBe('validation');
    expect(res.body).not.toContain('SECRET-NAME');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('unknown API route → 404 not-found', async () => {
    server = await makeServer();
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expectProblemContentType(res.headers['content-type']);
    expect(problem.parse(res.json()).code).toBe('not-found');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('unsupported content type → 415', async () => {
    server = await makeServer();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(res.statusCode).toBe(415);
    expectProblemContentType(res.headers['content-type']);
    expect(problem.parse(res.json()).code).toBe('unsupported-media-type');
  });

  it('JSON body over the limit → 413 payload-too-large', async () => {
    server = await makeServer();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expectProblemContentType(res.headers['content-type']);
    expect(problem.parse(res.json()).code).toBe('payload-too-large');
  });

  it('unexpected failures → 500 internal with no stack or message', async () => {
    server = await makeServer();
    server.app.get('/api/v1/boom', () => Promise.reject(new Error('secret internal detail')));
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expectProblemContentType(res.headers['content-type']);
    expect(problem.parse(res.json()).code).toBe('internal');
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toContain('at ');
  });

  it('security headers are on API answers too', async () => {
    server = await makeServer();
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
