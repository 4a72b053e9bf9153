import { expect, it } from 'vitest';
import {
  PBKDF2_ITERATIONS,
  createKeyEnvelope,
  deriveWrappingKey,
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from '@/storage/crypto';

it('uses at least 600,000 PBKDF2-SHA256 iterations (OWASP 2023)', () => {
  expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
});

// The one test at the real count: proves the default is the constant, and how long an unlock costs.
it('derives at the real count by default, in a time an unlock can afford', { timeout: 30_000 }, async ({ annotate }) => {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const started = performance.now();
  const byDefault = await deriveWrappingKey('482915', salt);
  const elapsedMs = performance.now() - started;
  await annotate(`PBKDF2-SHA256 × ${PBKDF2_ITERATIONS}: ${elapsedMs.toFixed(0)} ms`);

  // Same key as the explicit count: a key wrapped with one unwraps with the other.
  const wrapped = await wrapDataKey(await generateDataKey(), byDefault);
  await expect(unwrapDataKey(wrapped, await deriveWrappingKey('482915', salt, 600_000))).resolves.toBeDefined();
  // A generous bound for a shared 2-core CI machine; a cheap tablet's browser is slower than Node.
  expect(elapsedMs).toBeLessThan(10_000);

  const { envelope } = await createKeyEnvelope('482915');
  expect(envelope.iterations).toBeGreaterThanOrEqual(600_000);
});
