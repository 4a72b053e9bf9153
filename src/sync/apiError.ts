import type { Problem } from '@/contract';

/**
 * What went wrong talking to the national API, in the shape the retry policy needs.
 * - network: no answer at all (offline, DNS, reset, timeout).
 * - http: an answer with an error status; `problem` when the body was a valid problem+json.
 * - invalid-response: a 2xx whose body does not match the contract (proxy page, truncated body,
 *   server bug). Treated as a retryable server failure: the request may be replayed safely.
 */
export type ApiFailure =
  | { kind: 'network'; timeout?: boolean }
  | { kind: 'http'; status: number; problem?: Problem; retryAfterMs?: number; uploadOffset?: number }
  | { kind: 'invalid-response'; status: number };

export class ApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    options?: { cause?: unknown },
  ) {
    super(describe(failure), options);
    this.name = 'ApiError';
  }

  get status(): number | undefined {
    return this.failure.kind === 'network' ? undefined : this.failure.status;
  }

  get problem(): Problem | undefined {
    return this.failure.kind === 'http' ? this.failure.problem : undefined;
  }

  get retryAfterMs(): number | undefined {
    return this.failure.kind === 'http' ? this.failure.retryAfterMs : undefined;
  }

  /** On a 409 offset-mismatch: how many bytes of the document the server really holds. */
  get uploadOffset(): number | undefined {
    return this.failure.kind === 'http' ? this.failure.uploadOffset : undefined;
  }
}

function describe(f: ApiFailure): string {
  if (f.kind === 'network') return f.timeout ? 'API request timed out' : 'API unreachable';
  if (f.kind === 'invalid-response') return `API answered ${f.status} with an unexpected body`;
  return `API answered ${f.status}${f.problem ? ` (${f.problem.code})` : ''}`;
}
