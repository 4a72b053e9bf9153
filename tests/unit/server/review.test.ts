// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { attestationSigningPayload, publicKeySet, submissionStatus } from '@/contract';
import type { SubmissionState } from '@/contract';
import { addMonths, parisDate } from '../../../server/src/attestations';
import { openDataFolder } from '../../../server/src/dataFolder';
import { Operator } from '../../../server/src/operator/operator';
import { OperatorError } from '../../../server/src/operator/messages';
import { refuseAttestation, refuseDecision, refuseReview } from '../../../server/src/review';
import { createSubmission, fileSubmission, makeServer, manifestEntry, PDF, submissionBody } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
let folder: ReturnType<typeof openDataFolder> | undefined;
afterEach(async () => {
  folder?.db.close();
  folder = undefined;
  await server?.close();
  server = undefined;
});

async function setUp(now = () => new Date()) {
  server = await makeServer();
  const filed = await fileSubmission(server.app);
  // The operator works on the folder beside the running server, as `npm run operator` does.
  folder = openDataFolder(server.dataDir);
  return { app: server.app, ...filed, operator: new Operator(folder, now) };
}

async function statusOf(app: TestServer['app'], id: string) {
  const res = await app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` });
  expect(res.headers['cache-control']).toBe('no-store');
  return submissionStatus.parse(res.json());
}

describe('review transitions (pure rules)', () => {
  const states: SubmissionState[] = ['awaiting-documents', 'filed', 'under-review', 'decided'];
  it('go filed → under-review → decided, attestations while undecided', () => {
    expect(states.map(refuseReview)).toEqual(['not-filed', null, 'already-under-review', 'already-decided']);
    expect(states.map(refuseDecision)).toEqual(['not-filed', 'not-under-review', null, 'already-decided']);
    expect(states.map(refuseAttestation)).toEqual(['not-filed', null, null, 'already-decided']);
  });
});

describe('review progress in the status resource', () => {
  it('has no review before filing, and an empty attestation list', async () => {
    server = await makeServer();
    const { key } = await createSubmission(server.app, submissionBody([manifestEntry(PDF, 'application/pdf')]));
    const status = await statusOf(server.app, key);
    expect(status.review).toBeUndefined();
    expect(status.attestations).toEqual([]);
  });

  it('follows received → under-review → decided, with state kept in step', async () => {
    const { app, key, receipt, operator } = await setUp();
    expect(await statusOf(app, key)).toMatchObject({ state: 'filed', review: { stage: 'received', updatedAt: receipt.filedAt } });

    operator.review(receipt.number);
    const reviewing = await statusOf(app, key);
    expect(reviewing).toMatchObject({ state: 'under-review', review: { stage: 'under-review' } });
    expect(reviewing.review?.decision).toBeUndefined();

    operator.decide(key, 'refused');
    expect(await statusOf(app, key)).toMatchObject({ state: 'decided', review: { stage: 'decided', decision: 'refused' } });
  });

  it('refuses invalid transitions with a French and English message', async () => {
    const { key, receipt, operator } = await setUp();
    expect(() => operator.decide(key, 'granted')).toThrow(/Mettez d’abord le dossier en instruction[\s\S]*Put the submission under review first/);
    operator.review(key);
    expect(() => operator.review(receipt.number.toLowerCase())).toThrow(/déjà en instruction[\s\S]*already under review/);
    operator.decide(key, 'granted');
    expect(() => operator.attest(key, 3)).toThrow(OperatorError);
    expect(() => operator.review('RLS-20000101-AAAAAA')).toThrow(/Aucun dossier[\s\S]*No submission/);
  });

  it('refuses to act on a submission that is not filed', async () => {
    server = await makeServer();
    const { key } = await createSubmission(server.app, submissionBody([manifestEntry(PDF, 'application/pdf')]));
    folder = openDataFolder(server.dataDir);
    expect(() => new Operator(folder!).attest(key, 3)).toThrow(/pas encore déposé[\s\S]*not filed yet/);
  });
});

describe('attestations de prolongation d’instruction', () => {
  it('are signed, listed oldest first, and valid N months from the Paris date', async () => {
    const issuedAt = new Date('2026-11-30T23:30:00Z'); // already 1 December in Paris
    const { app, key, operator } = await setUp(() => issuedAt);
    const first = operator.attest(key, 3);
    operator.review(key);
    const second = operator.attest(key, 1);
    expect(first).toMatchObject({ submissionId: key, kind: 'prolongation-instruction', issuedAt: issuedAt.toISOString(), validUntil: '2027-03-01' });
    expect(first.number).toMatch(/^API-20261130-[2-9A-HJKMNP-Z]{6}$/);
    expect(second.validUntil).toBe('2027-01-01');

    const status = await statusOf(app, key);
    expect(status.attestations).toEqual([first, second]);
    const [jwk] = publicKeySet.parse((await app.inject({ method: 'GET', url: '/api/v1/keys' })).json()).keys;
    if (jwk === undefined) throw new Error('no key');
    const publicKey = await crypto.subtle.importKey('jwk', { ...jwk, ext: true }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const check = (payload: string, signature: string) =>
      crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, Buffer.from(signature, 'base64url'), new TextEncoder().encode(payload));
    expect(await check(attestationSigningPayload(first), first.signature)).toBe(true);
    expect(await check(attestationSigningPayload({ ...first, validUntil: '2027-06-01' }), first.signature)).toBe(false);
  });
});

describe('calendar helpers', () => {
  it('add months without spilling into the next month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 2)).toBe('2026-12-31');
  });

  it('date in Paris, not UTC', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });
});
