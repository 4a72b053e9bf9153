import { describe, expect, it } from 'vitest';
import { isDue, judgeDelivery, PAUSED, unreachable, type DeliveryFailure } from '@/domain/deliveryPolicy';

/**
 * The delivery policy as one table: changing what is retried, given back or paused is a change to
 * src/domain/deliveryPolicy.ts and to a row here.
 */
describe('delivery policy: what happens after each failure', () => {
  it.each<[string, DeliveryFailure, object]>([
    ['no network: retry, and stop the drain (the next rows would fail alike)', { kind: 'network' }, { action: 'retry', stopDrain: true, lastError: { kind: 'offline', at: 5 } }],
    ['503 with Retry-After: retry no sooner than asked', { kind: 'http', status: 503, retryAfterMs: 9 }, { action: 'retry', retryAfterMs: 9, stopDrain: false, lastError: { kind: 'server', status: 503 } }],
    ['429: retry, and everyone slows down', { kind: 'http', status: 429 }, { action: 'retry', stopDrain: true }],
    ['408: retry', { kind: 'http', status: 408 }, { action: 'retry', stopDrain: false }],
    ['500: retry', { kind: 'http', status: 500 }, { action: 'retry', stopDrain: false }],
    ['400 without a validation problem: wait for a person', { kind: 'http', status: 400 }, { action: 'pause', lastError: { kind: 'fatal', status: 400 } }],
    ['a 2xx with a body that is not the contract: retry as a 502', { kind: 'invalid-response', status: 200 }, { action: 'retry', lastError: { kind: 'server', status: 200, code: 'invalid-response' } }],
    [
      '422 validation: back to the person, with the fields',
      { kind: 'http', status: 422, code: 'validation', fields: [{ field: 'answers/x', code: 'invalid' }] },
      { action: 'refuse', code: 'validation', fields: [{ field: 'answers/x', code: 'invalid' }] },
    ],
    ['422 idempotency conflict: wait for a person', { kind: 'http', status: 422, code: 'idempotency-conflict' }, { action: 'pause', lastError: { kind: 'conflict', code: 'idempotency-conflict' } }],
    ['422 digest mismatch: wait for a person', { kind: 'http', status: 422, code: 'digest-mismatch' }, { action: 'pause', lastError: { kind: 'fatal' } }],
    ['409: wait for a person', { kind: 'http', status: 409 }, { action: 'pause', lastError: { kind: 'conflict', status: 409 } }],
    ['401: wait for a sign-in, nothing wrong with the dossier', { kind: 'http', status: 401 }, { action: 'pause', lastError: { kind: 'sign-in', status: 401 } }],
    ['404: wait for a person', { kind: 'http', status: 404 }, { action: 'pause', lastError: { kind: 'fatal', status: 404 } }],
    ['a document missing on the device: wait for a person', { kind: 'local', code: 'document-missing-locally' }, { action: 'pause', lastError: { kind: 'fatal', code: 'document-missing-locally' } }],
    ['a passing local problem (disk full): retry', { kind: 'unexpected' }, { action: 'retry', stopDrain: false, lastError: { kind: 'server', code: 'local-error' } }],
  ])('%s', (_, failure, expected) => {
    expect(judgeDelivery(failure, 5)).toMatchObject(expected);
  });

  it('a failed health check: offline when unreachable, else a server error with its status', () => {
    expect(unreachable({ kind: 'network' }, 1)).toEqual({ kind: 'offline', at: 1 });
    expect(unreachable({ kind: 'http', status: 503 }, 1)).toEqual({ kind: 'server', status: 503, at: 1 });
    expect(unreachable({ kind: 'unexpected' }, 1)).toEqual({ kind: 'server', at: 1 });
  });
});

describe('delivery policy: which waiting row goes now', () => {
  const now = 1_000;
  const timer = { personAsked: false, networkMayBeBack: false };
  const online = { personAsked: false, networkMayBeBack: true };
  const sendNow = { personAsked: true, networkMayBeBack: false };
  const backingOff = (kind: 'offline' | 'server' | 'sign-in') => ({ nextAttemptAt: now + 60_000, lastError: { kind } });

  it.each([
    ['its backoff is over', { nextAttemptAt: now }, timer, true],
    ['still backing off, on a timer', backingOff('offline'), timer, false],
    ['waited only for the network, which may be back', backingOff('offline'), online, true],
    ['a server error keeps its backoff when the network comes back', backingOff('server'), online, false],
    ['"Send now" sends whatever the backoff said', backingOff('server'), sendNow, true],
    ['paused rows wait for a person, network or not', { nextAttemptAt: PAUSED, lastError: { kind: 'offline' as const } }, online, false],
    ['"Send now" does not resume a conflict', { nextAttemptAt: PAUSED, lastError: { kind: 'conflict' as const } }, sendNow, false],
    ['"Send now" after signing in resumes rows paused for a sign-in', { nextAttemptAt: PAUSED, lastError: { kind: 'sign-in' as const } }, sendNow, true],
  ])('%s', (_, row, trigger, due) => {
    expect(isDue(row, trigger, now)).toBe(due);
  });
});
