import type { FieldError } from '@/contract';

/**
 * What to do with a submission that could not be delivered, in one place: which failure is
 * retried, which goes back to the person, which waits for a person; and which waiting row goes at
 * once when a trigger says the network may be back or a person asks. src/sync turns what happened
 * (its error classes, an HTTP answer) into a `DeliveryFailure` and applies the verdict; the backoff
 * delays themselves are ./retryPolicy.ts.
 */

/** A failure as src/sync saw it, with no error class or HTTP client in it. */
export type DeliveryFailure =
  /** No answer at all: offline, DNS, reset, timeout. */
  | { kind: 'network' }
  /** The device lacks what the submission needs (a document erased meanwhile): no retry helps. */
  | { kind: 'local'; code: string }
  /** A local, possibly passing problem (disk full, a bug the next update fixes). */
  | { kind: 'unexpected' }
  /** A 2xx whose body is not the contract's (proxy page, truncated body): counted as a 502. */
  | { kind: 'invalid-response'; status: number }
  | { kind: 'http'; status: number; code?: string; retryAfterMs?: number; fields?: readonly FieldError[] };

/** Why a row waits, as the outbox keeps it (and the screens explain it). */
export type DeliveryError = {
  kind: 'offline' | 'server' | 'conflict' | 'fatal' | 'sign-in';
  status?: number;
  code?: string;
  at: number;
};

/**
 * - retry: back off and try again; `stopDrain` when the next rows would fail the same way (no
 *   network, or the server asked everyone to slow down).
 * - refuse: the server refused fields; the dossier goes back to the person.
 * - pause: no retry can help (idempotency conflict, unexpected 4xx, data missing on the device), or
 *   the server wants a sign-in (401). The row keeps all its data and waits for a person.
 */
export type DeliveryVerdict =
  | { action: 'retry'; lastError: DeliveryError; retryAfterMs?: number; stopDrain: boolean }
  | { action: 'refuse'; code: string; fields: FieldError[] }
  | { action: 'pause'; lastError: DeliveryError };

export function judgeDelivery(failure: DeliveryFailure, at: number): DeliveryVerdict {
  switch (failure.kind) {
    case 'local':
      return { action: 'pause', lastError: { kind: 'fatal', code: failure.code, at } };
    case 'unexpected':
      return { action: 'retry', lastError: { kind: 'server', code: 'local-error', at }, stopDrain: false };
    case 'network':
      return { action: 'retry', lastError: { kind: 'offline', at }, stopDrain: true };
    case 'invalid-response':
      return { action: 'retry', lastError: { kind: 'server', status: failure.status, code: 'invalid-response', at }, stopDrain: false };
    case 'http':
      return judgeAnswer(failure, at);
  }
}

/**
 * An answer with an error status. Retried: 408, 429 and 5xx, honouring Retry-After (docs/design.md,
 * "The national API"); a 4xx validation error is never retried, it goes back to the person.
 */
function answerKind(status: number): 'retry' | 'needs-correction' | 'conflict' | 'fatal' {
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  if (status === 422 || status === 400) return 'needs-correction';
  if (status === 409) return 'conflict';
  return 'fatal';
}

function judgeAnswer(failure: Extract<DeliveryFailure, { kind: 'http' }>, at: number): DeliveryVerdict {
  const { status, code } = failure;
  const detail = { status, ...(code === undefined ? {} : { code }), at };
  // A server that requires a sign-in refuses every row alike: nothing is wrong with the dossier.
  if (status === 401) return { action: 'pause', lastError: { kind: 'sign-in', ...detail } };
  switch (answerKind(status)) {
    case 'retry':
      return {
        action: 'retry',
        lastError: { kind: 'server', ...detail },
        ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
        stopDrain: status === 429,
      };
    case 'needs-correction':
      if (code === 'validation') return { action: 'refuse', code, fields: [...(failure.fields ?? [])] };
      return { action: 'pause', lastError: { kind: code === 'idempotency-conflict' ? 'conflict' : 'fatal', ...detail } };
    case 'conflict':
      return { action: 'pause', lastError: { kind: 'conflict', ...detail } };
    case 'fatal':
      return { action: 'pause', lastError: { kind: 'fatal', ...detail } };
  }
}

/** Before any row is sent, the API's health check failed: every due row waits, none is judged. */
export function unreachable(failure: DeliveryFailure, at: number): DeliveryError {
  if (failure.kind === 'network') return { kind: 'offline', at };
  return { kind: 'server', ...(failure.kind === 'http' || failure.kind === 'invalid-response' ? { status: failure.status } : {}), at };
}

/** `nextAttemptAt` of a paused row: never due again by itself; it waits for a person. */
export const PAUSED = Number.MAX_SAFE_INTEGER;

/** What a trigger says, for the rows that wait (src/sync's `SyncReason` says it per reason). */
export type TriggerTraits = {
  /** A person asked ("Send now"). */
  personAsked: boolean;
  /** The network may be back: the app opened, `online`, the page visible again, Background Sync. */
  networkMayBeBack: boolean;
};

/**
 * Is this row to be tried in this drain? When its backoff is over; and earlier in two cases.
 * Backoff protects a struggling server, so it holds for server errors; but a row that only waited
 * for the network goes as soon as the network may be back — after hours offline its backoff has
 * reached the 5-minute cap, and a person with a working connection would see "waiting" for nothing.
 * "Send now" is a person asking: every waiting row is due, whatever its backoff said, and rows
 * paused for a sign-in resume (it is the one way a person resumes them).
 */
export function isDue(row: { nextAttemptAt: number; lastError?: { kind: DeliveryError['kind'] } | null | undefined }, trigger: TriggerTraits, now: number): boolean {
  const paused = row.nextAttemptAt === PAUSED;
  if (!paused && row.nextAttemptAt <= now) return true;
  if (trigger.personAsked) return !paused || row.lastError?.kind === 'sign-in';
  return !paused && trigger.networkMayBeBack && row.lastError?.kind === 'offline';
}
