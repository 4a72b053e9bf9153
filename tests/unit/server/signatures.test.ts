// @vitest-environment node
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { attestationSigningPayload, canonicalJson, publicKeySet, receipt, receiptSigningPayload, submissionStatus } from '@/contract';
import type { PublicKey, Receipt } from '@/contract';
import { fileSubmission, makeServer } from './helpers';
import type { TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What the app does: Web Crypto, the published JWK, the contract's payload. */
async function webCryptoVerify(key: PublicKey, payload: string, signature: string): Promise<boolean> {
  const publicKey = await globalThis.crypto.subtle.importKey(
    'jwk',
    { kty: key.kty, crv: key.crv, x: key.x, y: key.y, ext: true },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  return globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, Buffer.from(signature, 'base64url'), new TextEncoder().encode(payload));
}

async function keysOf(s: TestServer): Promise<PublicKey[]> {
  const res = await s.app.inject({ method: 'GET', url: '/api/v1/keys' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return publicKeySet.parse(res.json()).keys;
}

describe('GET /api/v1/keys and signed receipts', () => {
  it('publishes one EC P-256 key whose kid is 16 hex of the SHA-256 of its canonical JWK', async () => {
    server = await makeServer();
    const [key, ...others] = await keysOf(server);
    expect(others).toEqual([]);
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256' });
    const { kty = '', crv = '', x = '', y = '' } = key ?? {};
    expect(key?.kid).toBe(createHash('sha256').update(canonicalJson({ crv, kty, x, y })).digest('hex').slice(0, 16));
    expect(statSync(join(server.dataDir, 'signing-key.json')).mode & 0o777).toBe(0o600);
  });

  it('signs the receipt so that Web Crypto verifies it, and a one-byte change fails', async () => {
    server = await makeServer();
    const [key] = await keysOf(server);
    const { receipt: r } = await fileSubmission(server.app);
    expect(r.keyId).toBe(key?.kid);
    expect(Buffer.from(r.signature, 'base64url')).toHaveLength(64);
    expect(r.signature).not.toMatch(/[=+/]/);
    if (key === undefined) throw new Error('no key');
    expect(receiptSigningPayload(r)).toBe(
      `{"digest":"${r.digest}","filedAt":"${r.filedAt}","keyId":"${r.keyId}","number":"${r.number}","submissionId":"${r.submissionId}"}`,
    );
    expect(await webCryptoVerify(key, receiptSigningPayload(r), r.signature)).toBe(true);

    const changedNumber: Receipt = { ...r, number: `${r.number.slice(0, -1)}${r.number.endsWith('2') ? '3' : '2'}` };
    expect(await webCryptoVerify(key, receiptSigningPayload(changedNumber), r.signature)).toBe(false);
    const sig = Buffer.from(r.signature, 'base64url');
    sig[10] = (sig[10] ?? 0) ^ 0x01;
    expect(await webCryptoVerify(key, receiptSigningPayload(r), sig.toString('base64url'))).toBe(false);
  });

  it('payloads ignore extra fields and the signature itself', () => {
    const signed = {
      id: 'a',
      submissionId: 'b',
      number: 'n',
      kind: 'prolongation-instruction',
      issuedAt: 't',
      validUntil: 'd',
      keyId: 'k',
      signature: 's',
    };
    expect(attestationSigningPayload({ ...signed, dossierId: 'x' } as typeof signed)).toBe(
      '{"id":"a","issuedAt":"t","keyId":"k","kind":"prolongation-instruction","number":"n","submissionId":"b","validUntil":"d"}',
    );
  });

  it('keeps its key across restarts, so old receipts still verify', async () => {
    server = await makeServer();
    const [before] = await keysOf(server);
    const { key: id, receipt: r } = await fileSubmission(server.app);
    await server.app.close();
    server = await makeServer(undefined, server.dataDir);
    const [after] = await keysOf(server);
    expect(after).toEqual(before);
    const status = submissionStatus.parse((await server.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` })).json());
    expect(status.receipt).toEqual(r);
  });
});

describe('a v1 data folder', () => {
  it('is upgraded in place, and its unsigned receipts come back signed with the same number', async () => {
    server = await makeServer();
    const { key: id, receipt: r } = await fileSubmission(server.app);
    await server.app.close();
    // Turn the folder back into what the v1 server left: schema v1 and an unsigned receipt.
    const db = new Database(join(server.dataDir, 'relais.sqlite'));
    const unsigned = { submissionId: r.submissionId, number: r.number, filedAt: r.filedAt, digest: r.digest };
    db.prepare('UPDATE submissions SET receipt_json = ? WHERE id = ?').run(JSON.stringify(unsigned), id);
    db.exec('DROP TABLE attestations');
    db.exec('ALTER TABLE submissions DROP COLUMN review_updated_at');
    db.exec('ALTER TABLE submissions DROP COLUMN decision');
    db.exec('ALTER TABLE documents DROP COLUMN upload_offset');
    db.pragma('user_version = 1');
    db.close();

    server = await makeServer(undefined, server.dataDir);
    const [key] = await keysOf(server);
    const status = submissionStatus.parse((await server.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` })).json());
    expect(status.receipt).toMatchObject(unsigned);
    if (status.receipt === undefined || key === undefined) throw new Error('no receipt');
    expect(await webCryptoVerify(key, receiptSigningPayload(status.receipt), status.receipt.signature)).toBe(true);
    // Stored signed: the next read (and the complete replay) is the very same receipt.
    const replay = receipt.parse((await server.app.inject({ method: 'POST', url: `/api/v1/submissions/${id}/complete` })).json());
    expect(replay).toEqual(status.receipt);
  });
});
