import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { JsonWebKey, KeyObject } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '@/contract';
import type { PublicKey } from '@/contract';

export const SIGNING_KEY_FILE = 'signing-key.json';

export interface SigningKey {
  kid: string;
  /** What GET /keys publishes. */
  publicJwk: PublicKey;
  privateKey: KeyObject;
}

/**
 * The server's ECDSA P-256 key, made on first start and kept in the data folder so every receipt ever
 * issued stays checkable with the published key. Created with link(2) from a finished temp file: the
 * server and the operator tool may start together, and neither may see half a key nor overwrite the
 * other's (the loser of the race reads the winner's).
 */
export function loadOrCreateSigningKey(dataDir: string): SigningKey {
  const file = join(dataDir, SIGNING_KEY_FILE);
  try {
    return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JsonWebKey);
  } catch (error) {
    if (!isMissing(error)) throw new Error(`${file} cannot be read as a P-256 private key`, { cause: error });
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(privateKey.export({ format: 'jwk' })));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JsonWebKey);
}

function fromPrivateJwk(jwk: JsonWebKey): SigningKey {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') throw new Error('not an EC P-256 private JWK');
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const exported = createPublicKey(privateKey).export({ format: 'jwk' });
  if (typeof exported.x !== 'string' || typeof exported.y !== 'string') throw new Error('public key has no coordinates');
  const publicOnly = { kty: 'EC', crv: 'P-256', x: exported.x, y: exported.y } as const;
  const kid = keyIdOf(publicOnly);
  return { kid, publicJwk: { kid, ...publicOnly }, privateKey };
}

/** First 16 hex characters of the SHA-256 of the public JWK's canonical JSON ({crv, kty, x, y}). */
export function keyIdOf(publicJwk: { kty: string; crv: string; x: string; y: string }): string {
  const { kty, crv, x, y } = publicJwk;
  return createHash('sha256').update(canonicalJson({ crv, kty, x, y }), 'utf8').digest('hex').slice(0, 16);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
