import { describe, expect, it } from 'vitest';
import { ApiError, LocalSendError, judgeFailure } from '@/sync';

const problem = (status: number, code: string, errors?: { field: string; code: string }[]) => ({
  type: `https://relais.invalid/problems/${code}`,
  title: code,
  status,
  code: code as never,
  ...(errors ? { errors } : {}),
});

describe('failure verdicts', () => {
  it.each([
    [new ApiError({ kind: 'network' }), { action: 'retry', stopDrain: true, lastError: { kind: 'offline', at: 5 } }],
    [new ApiError({ kind: 'http', status: 503, retryAfterMs: 9 }), { action: 'retry', retryAfterMs: 9, stopDrain: false }],
    [new ApiError({ kind: 'http', status: 429 }), { action: 'retry', stopDrain: true }],
    [new ApiError({ kind: 'invalid-response', status: 200 }), { action: 'retry', lastError: { kind: 'server', code: 'invalid-response' } }],
    [
      new ApiError({ kind: 'http', status: 422, problem: problem(422, 'validation', [{ field: 'answers/x', code: 'invalid' }]) }),
      { action: 'refuse', code: 'validation', fields: [{ field: 'answers/x', code: 'invalid' }] },
    ],
    [new ApiError({ kind: 'http', status: 422, problem: problem(422, 'idempotency-conflict') }), { action: 'pause', lastError: { kind: 'conflict' } }],
    [new ApiError({ kind: 'http', status: 422, problem: problem(422, 'digest-mismatch') }), { action: 'pause', lastError: { kind: 'fatal' } }],
    [new ApiError({ kind: 'http', status: 401 }), { action: 'pause', lastError: { kind: 'sign-in', status: 401 } }],
    [new ApiError({ kind: 'http', status: 404 }), { action: 'pause', lastError: { kind: 'fatal', status: 404 } }],
    [new LocalSendError('document-missing-locally', 'x'), { action: 'pause', lastError: { kind: 'fatal', code: 'document-missing-locally' } }],
    [new Error('disk'), { action: 'retry', stopDrain: false }],
  ] as const)('%s', (error, expected) => {
    expect(judgeFailure(error, 5)).toMatchObject(expected);
  });
});
