import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setStorageLogger, type SigningKeyRecord, type Storage } from '@/storage';
import { dropStorage, freshStorage } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage('keys');
});
afterEach(async () => {
  setStorageLogger(null);
  await dropStorage(storage);
});

const key = (kid: string, x = 'x-'.repeat(20)) => ({ kid, kty: 'EC' as const, crv: 'P-256' as const, x, y: 'y-'.repeat(20) });

describe('signing keys (trust on first use)', () => {
  it('keeps the server keys and reads one by its id', async () => {
    expect(await storage.getSigningKey('k1')).toBeUndefined();
    expect(await storage.saveSigningKeys([key('k1'), key('k2')])).toEqual({ added: ['k1', 'k2'], refused: [] });
    expect(await storage.getSigningKey('k2')).toMatchObject(key('k2'));
    // Saving the same set again (a second download) changes nothing.
    expect(await storage.saveSigningKeys([key('k1'), key('k2')])).toEqual({ added: [], refused: [] });
  });

  it('never swaps the key behind a known id; a rotated key under a new id is added', async () => {
    await storage.saveSigningKeys([key('k1')]);
    expect(await storage.saveSigningKeys([key('k1', 'forged'), key('k3')])).toEqual({ added: ['k3'], refused: ['k1'] });
    expect((await storage.getSigningKey('k1'))?.x).toBe(key('k1').x);
  });

  it('a damaged key reads as absent (logged) and the next download replaces it', async () => {
    await storage.db.main.signingKeys.put({ kid: 'k1', kty: 'RSA' } as unknown as SigningKeyRecord);
    const log = vi.fn();
    setStorageLogger(log);
    expect(await storage.getSigningKey('k1')).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ table: 'signingKeys', key: 'k1' }));
    expect(await storage.saveSigningKeys([key('k1')])).toEqual({ added: ['k1'], refused: [] });
    expect(await storage.getSigningKey('k1')).toMatchObject(key('k1'));
  });
});
