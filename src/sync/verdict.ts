import type { DeliveryFailure } from '@/domain/deliveryPolicy';
import { ApiError } from './apiError';
import { LocalSendError } from './sendSubmission';

/**
 * What happened, as the delivery policy reads it (src/domain/deliveryPolicy.ts decides what to do):
 * the error classes of this layer become plain data.
 */
export function deliveryFailure(error: unknown): DeliveryFailure {
  if (error instanceof LocalSendError) return { kind: 'local', code: error.code };
  if (!(error instanceof ApiError)) return { kind: 'unexpected' };
  const failure = error.failure;
  if (failure.kind === 'network') return { kind: 'network' };
  if (failure.kind === 'invalid-response') return { kind: 'invalid-response', status: failure.status };
  const problem = failure.problem;
  return {
    kind: 'http',
    status: failure.status,
    ...(problem ? { code: problem.code } : {}),
    ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
    ...(problem?.errors ? { fields: problem.errors } : {}),
  };
}
