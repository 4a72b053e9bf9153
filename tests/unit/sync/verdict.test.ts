import { describe, expect, it } from 'vitest';
import { ApiError, deliveryFailure, LocalSendError } from '@/sync';

const problem = (status: number, code: string, errors?: { field: string; code: string }[]) => ({
  type: `https://relais.invalid/problems/${code}`,
  title: code,
  status,
  code: code as never,
  ...(errors ? { errors } : {}),
});

/** What sync hands the delivery policy (tests/unit/domain/deliveryPolicy.test.ts says what it does with it). */
describe('failures as the delivery policy reads them', () => {
  it.each([
    [new ApiError({ kind: 'network' }), { kind: 'network' }],
    [new ApiError({ kind: 'network', timeout: true }), { kind: 'network' }],
    [new ApiError({ kind: 'http', status: 503, retryAfterMs: 9 }), { kind: 'http', status: 503, retryAfterMs: 9 }],
    [new ApiError({ kind: 'invalid-response', status: 200 }), { kind: 'invalid-response', status: 200 }],
    [
      new ApiError({ kind: 'http', status: 422, problem: problem(422, 'validation', [{ field: 'answers/x', code: 'invalid' }]) }),
      { kind: 'http', status: 422, code: 'validation', fields: [{ field: 'answers/x', code: 'invalid' }] },
    ],
    [new ApiError({ kind: 'http', status: 422, problem: problem(422, 'idempotency-conflict') }), { kind: 'http', status: 422, code: 'idempotency-conflict' }],
    [new LocalSendError('document-missing-locally', 'x'), { kind: 'local', code: 'document-missing-locally' }],
    [new Error('disk'), { kind: 'unexpected' }],
  ] as const)('%s', (error, expected) => {
    expect(deliveryFailure(error)).toEqual(expected);
  });
});
