import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '@/storage';
import { checkReceipt } from '@/sync';
import { dropStorage, freshStorage } from '../storage/testDb';
import { filed, manualClock, runnerFor } from './fixtures';
import { startLiveServer, type LiveServer } from './liveServer';
import { createTap } from './tap';

let server: LiveServer;
let storage: Storage;

beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server.close());
beforeEach(() => {
  storage = freshStorage('signatures');
});
afterEach(() => dropStorage(storage));

/** One character changed, staying in the base64url alphabet (so only the maths can tell). */
function flipOne(text: string, at: number): string {
  const c = text[at] === 'A' ? 'B' : 'A';
  return text.slice(0, at) + c + text.slice(at + 1);
}

async function deliveredReceipt() {
  const { dossier } = await filed(storage, 1);
  const result = await runnerFor(storage, server.baseUrl, createTap(), manualClock()).drain('filed');
  expect(result.delivered).toBe(1);
  const receipt = await storage.getReceipt(dossier.id);
  if (!receipt?.keyId) throw new Error('no signed receipt stored');
  return { receipt, key: await storage.getSigningKey(receipt.keyId) };
}

describe('receipts signed by the server, checked on the device without network', () => {
  it('the runner stores the server key with the receipt, and the receipt checks as valid', async () => {
    const { receipt, key } = await deliveredReceipt();
    expect(key?.kid).toBe(receipt.keyId);
    await expect(checkReceipt(receipt, key)).resolves.toBe('valid');
  });

  it('one byte changed anywhere — number, time, digest or signature — makes it invalid', async () => {
    const { receipt, key } = await deliveredReceipt();
    const signature = receipt.signature ?? '';
    await expect(checkReceipt({ ...receipt, number: flipOne(receipt.number, receipt.number.length - 1) }, key)).resolves.toBe('invalid');
    await expect(checkReceipt({ ...receipt, filedAt: receipt.filedAt.replace(/\d(?=Z$|\.\d+Z$)/, (d) => String((Number(d) + 1) % 10)) }, key)).resolves.toBe('invalid');
    await expect(checkReceipt({ ...receipt, digest: (receipt.digest.startsWith('0') ? '1' : '0') + receipt.digest.slice(1) }, key)).resolves.toBe('invalid');
    await expect(checkReceipt({ ...receipt, signature: flipOne(signature, 10) }, key)).resolves.toBe('invalid');
    await expect(checkReceipt({ ...receipt, signature: signature.slice(0, -2) }, key)).resolves.toBe('invalid');
  });

  it('a receipt kept from before signatures is "unsigned"; an unknown key is said, not guessed', async () => {
    const { receipt, key } = await deliveredReceipt();
    const { keyId: _keyId, signature: _signature, ...unsigned } = receipt;
    await expect(checkReceipt(unsigned, key)).resolves.toBe('unsigned');
    await expect(checkReceipt(receipt, undefined)).resolves.toBe('unknown-key');
    if (!key) throw new Error('no key');
    await expect(checkReceipt(receipt, { ...key, kid: 'another-key' })).resolves.toBe('unknown-key');
  });
});
