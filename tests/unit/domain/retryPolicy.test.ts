import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelayMs, classifyFailure, parseRetryAfter } from '@/domain';

describe('classifyFailure (docs/design.md: retry network, 408, 429, 5xx; never a 4xx validation error)', () => {
  it.each([
    [{ kind: 'network' } as const, 'retry'],
    [{ kind: 'http', status: 408 } as const, 'retry'],
    [{ kind: 'http', status: 429 } as const, 'retry'],
    [{ kind: 'http', status: 500 } as const, 'retry'],
    [{ kind: 'http', status: 503 } as const, 'retry'],
    [{ kind: 'http', status: 422 } as const, 'needs-correction'],
    [{ kind: 'http', status: 400 } as const, 'needs-correction'],
    [{ kind: 'http', status: 409 } as const, 'conflict'],
    [{ kind: 'http', status: 404 } as const, 'fatal'],
  ])('%o → %s', (failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });
});

describe('backoffDelayMs (full jitter, capped at 5 minutes)', () => {
  it('grows exponentially with the attempt', () => {
    const max = () => 0.999999;
    expect(backoffDelayMs(0, max)).toBeLessThan(2_000);
    expect(backoffDelayMs(3, max)).toBeLessThan(16_000);
    expect(backoffDelayMs(3, max)).toBeGreaterThan(15_000);
  });
  it('is never above the cap, whatever the attempt', () => {
    expect(backoffDelayMs(50, () => 0.999999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });
  it('spreads devices with the jitter (can be zero)', () => {
    expect(backoffDelayMs(5, () => 0)).toBe(0);
  });
  it('never retries sooner than Retry-After asks', () => {
    expect(backoffDelayMs(0, () => 0, 30_000)).toBe(30_000);
    expect(backoffDelayMs(0, () => 0, 60 * 60_000)).toBe(BACKOFF_CAP_MS);
  });
});

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  it('reads delay-seconds', () => expect(parseRetryAfter('120', now)).toBe(120_000));
  it('reads an HTTP-date', () => expect(parseRetryAfter('Thu, 26 Nov 2026 10:01:00 GMT', now)).toBe(60_000));
  it('ignores garbage and absence', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
