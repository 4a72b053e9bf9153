import type { FieldError } from '@/contract';
import { classifyFailure } from '@/domain/retryPolicy';
import type { OutboxError } from '@/storage';
import { ApiError } from './apiError';
import { LocalSendError } from './sendSubmission';

/**
 * What to do with a submission after a failure:
 * - retry: back off and try again; `stopDrain` when the next rows would fail the same way
 *   (no network, or the server asked everyone to slow down).
 * - refuse: the server refused fields; the dossier goes back to the person.
 * - pause: no retry can help (idempotency conflict, unexpected 4xx, data missing on the device),
 *   or the server wants a sign-in (401). The row keeps all its data but waits for a person.
 */
export type Verdict =
  | { action: 'retry'; lastError: OutboxError; retryAfterMs?: number; stopDrain: boolean }
  | { action: 'refuse'; code: string; fields: FieldError[] }
  | { action: 'pause'; lastError: OutboxError };

export function judgeFailure(error: unknown, at: number): Verdict {
  if (error instanceof LocalSendError) return { action: 'pause', lastError: { kind: 'fatal', code: error.code, at } };
  if (!(error instanceof ApiError)) {
    // A local, possibly passing problem (disk full, a bug fixed by the next update): try again later.
    return { action: 'retry', lastError: { kind: 'server', code: 'local-error', at }, stopDrain: false };
  }
  if (error.failure.kind === 'network') {
    return { action: 'retry', lastError: { kind: 'offline', at }, stopDrain: true };
  }
  const status = error.status ?? 0;
  const code = error.problem?.code ?? (error.failure.kind === 'invalid-response' ? 'invalid-response' : undefined);
  const detail = { status, ...(code === undefined ? {} : { code }), at };
  // A server that requires a sign-in refuses every row alike: nothing is wrong with the dossier.
  if (status === 401) return { action: 'pause', lastError: { kind: 'sign-in', ...detail } };
  switch (classifyFailure(error.sendFailure)) {
    case 'retry': {
      const retryAfterMs = error.retryAfterMs;
      return {
        action: 'retry',
        lastError: { kind: 'server', ...detail },
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        stopDrain: status === 429,
      };
    }
    case 'needs-correction':
      if (code === 'validation') return { action: 'refuse', code, fields: error.problem?.errors ?? [] };
      return { action: 'pause', lastError: { kind: code === 'idempotency-conflict' ? 'conflict' : 'fatal', ...detail } };
    case 'conflict':
      return { action: 'pause', lastError: { kind: 'conflict', ...detail } };
    case 'fatal':
      return { action: 'pause', lastError: { kind: 'fatal', ...detail } };
  }
}
