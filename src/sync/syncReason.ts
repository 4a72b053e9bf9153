import type { TriggerTraits } from '@/domain/deliveryPolicy';

type Reason = TriggerTraits & {
  /**
   * Requests that arrive while a drain runs share one queued drain; it keeps the most telling
   * reason among them, or an `online` (or a person's "Send now") queued behind a `timer` would lose
   * what makes the runner send at once.
   */
  weight: number;
};

/** Why a drain runs: every trigger of delivery, and what it says to the delivery policy. */
export const SYNC_REASONS = {
  /** The app opened. */
  start: { weight: 2, personAsked: false, networkMayBeBack: true },
  /** The browser said `online`. */
  online: { weight: 2, personAsked: false, networkMayBeBack: true },
  /** The page came back to the foreground. */
  visible: { weight: 2, personAsked: false, networkMayBeBack: true },
  /** The service worker's Background Sync: the browser fires it when it sees a network. */
  sync: { weight: 2, personAsked: false, networkMayBeBack: true },
  /** A person tapped "Send now". */
  'send-now': { weight: 3, personAsked: true, networkMayBeBack: false },
  /** A dossier was just filed on this page. */
  filed: { weight: 1, personAsked: false, networkMayBeBack: false },
  /** The scheduler's own timer: a backoff is over. */
  timer: { weight: 0, personAsked: false, networkMayBeBack: false },
} as const satisfies Record<string, Reason>;

export type SyncReason = keyof typeof SYNC_REASONS;

export function strongerReason(a: SyncReason, b: SyncReason): SyncReason {
  return SYNC_REASONS[b].weight > SYNC_REASONS[a].weight ? b : a;
}
