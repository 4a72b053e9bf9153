// @vitest-environment node
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { faultCounters, IDEMPOTENCY_KEY_HEADER, OFFSET_OCTET_STREAM, problem, submissionStatus, TEST_FAULTS_PATH, uploadChecksumValue } from '@/contract';
import type { FaultSettings } from '@/contract';
import { listen, makeServer, manifestEntry, PDF, submissionBody } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function faultyServer(): Promise<string> {
  server = await makeServer(undefined, undefined, { faults: true });
  return listen(server.app);
}

async function setFaults(base: string, settings: FaultSettings) {
  const res = await fetch(`${base}${TEST_FAULTS_PATH}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(settings) });
  expect(res.status).toBe(200);
  return faultCounters.parse(await res.json());
}

async function counters(base: string) {
  return faultCounters.parse(await (await fetch(`${base}${TEST_FAULTS_PATH}`)).json());
}

/** fetch's verdict: a status, or 'network' when the connection died without an answer. */
async function outcome(promise: Promise<Response>): Promise<number | 'network'> {
  try {
    const res = await promise;
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'network';
  }
}

function createRequest(base: string, key: string, body: unknown) {
  return fetch(`${base}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key },
    body: JSON.stringify(body),
  });
}

describe('fault switch off (the default)', () => {
  it('has no /api/test/faults route', async () => {
    server = await makeServer();
    const res = await server.app.inject({ method: 'PUT', url: TEST_FAULTS_PATH, payload: { failBefore: 1, dropAfter: 0 } });
    expect(res.statusCode).toBe(404);
  });
});

describe('fault switch on', () => {
  it('starts with zero rates and refuses invalid settings', async () => {
    const base = await faultyServer();
    expect(await counters(base)).toEqual({ failBefore: 0, dropAfter: 0, failed: 0, dropped: 0, requests: 0 });
    const bad = await fetch(`${base}${TEST_FAULTS_PATH}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"failBefore":2,"dropAfter":0}' });
    expect(bad.status).toBe(422);
  });

  it('failBefore answers 500 injected-failure before any handler runs: nothing is stored', async () => {
    const base = await faultyServer();
    await setFaults(base, { failBefore: 1, dropAfter: 0 });
    const key = randomUUID();
    const res = await createRequest(base, key, submissionBody([manifestEntry(PDF, 'application/pdf')]));
    expect(res.status).toBe(500);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(problem.parse(await res.json()).code).toBe('injected-failure');
    // Health and keys are spared.
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/keys`)).status).toBe(200);
    expect(await counters(base)).toMatchObject({ failed: 1, dropped: 0, requests: 1 });
    await setFaults(base, { failBefore: 0, dropAfter: 0 });
    expect((await fetch(`${base}/api/v1/submissions/${key}`)).status).toBe(404);
  });

  it('dropAfter cuts the connection after the handler committed: a dropped POST and PATCH were stored', async () => {
    const base = await faultyServer();
    await setFaults(base, { failBefore: 0, dropAfter: 1 });
    const doc = manifestEntry(PDF, 'application/pdf');
    const key = randomUUID();
    expect(await outcome(createRequest(base, key, submissionBody([doc])))).toBe('network');

    const docUrl = `${base}/api/v1/submissions/${key}/documents/${doc.id}`;
    const chunk = PDF.subarray(0, 10);
    const patch = fetch(docUrl, {
      method: 'PATCH',
      headers: {
        'content-type': OFFSET_OCTET_STREAM,
        'upload-offset': '0',
        'upload-checksum': uploadChecksumValue(createHash('sha256').update(chunk).digest('base64')),
      },
      body: chunk,
    });
    expect(await outcome(patch)).toBe('network');
    expect(await counters(base)).toMatchObject({ dropped: 2, failed: 0, requests: 2 });

    await setFaults(base, { failBefore: 0, dropAfter: 0 });
    const status = await fetch(`${base}/api/v1/submissions/${key}`);
    expect(submissionStatus.parse(await status.json()).id).toBe(key);
    const head = await fetch(docUrl, { method: 'HEAD' });
    expect(head.headers.get('upload-offset')).toBe('10');
  });

  it('refuse plays the national service refusing an answer: 422 on that field, nothing created', async () => {
    const base = await faultyServer();
    await setFaults(base, { failBefore: 0, dropAfter: 0, refuse: [{ field: 'foreignerNumber', equals: '0000000000', code: 'unknown' }] });
    const key = randomUUID();
    const body = submissionBody([manifestEntry(PDF, 'application/pdf')]);
    const refused = await createRequest(base, key, { ...body, answers: { ...body.answers, foreignerNumber: '0000000000' } });
    expect(refused.status).toBe(422);
    expect(problem.parse(await refused.json())).toMatchObject({ code: 'validation', errors: [{ field: 'answers/foreignerNumber', code: 'unknown' }] });
    expect((await fetch(`${base}/api/v1/submissions/${key}`)).status).toBe(404);
    expect((await createRequest(base, randomUUID(), { ...body, answers: { ...body.answers, foreignerNumber: '1234567890' } })).status).toBe(201);
  });

  it('only touches paths under `only`', async () => {
    const base = await faultyServer();
    await setFaults(base, { failBefore: 1, dropAfter: 0, only: '/api/v1/submissions/' });
    const key = randomUUID();
    expect(await outcome(createRequest(base, key, submissionBody([manifestEntry(PDF, 'application/pdf')])))).toBe(201);
    expect(await outcome(fetch(`${base}/api/v1/submissions/${key}`))).toBe(500);
  });

  it('is deterministic with a seed', async () => {
    const base = await faultyServer();
    const pattern = async () => {
      await setFaults(base, { failBefore: 0.4, dropAfter: 0.3, seed: 42 });
      const results: (number | 'network')[] = [];
      for (let i = 0; i < 24; i += 1) results.push(await outcome(fetch(`${base}/api/v1/submissions/${randomUUID()}`)));
      return results;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([404, 500, 'network']));
    const c = await counters(base);
    expect(c.requests).toBe(24);
    expect(c.failed).toBe(first.filter((r) => r === 500).length);
    expect(c.dropped).toBe(first.filter((r) => r === 'network').length);
  });
});
