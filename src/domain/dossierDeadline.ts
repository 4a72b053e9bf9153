import type { Answers } from '@/contract';
import type { Completeness } from './completeness';
import { applicableAnswers, conditionHolds } from './conditions';
import { filingDeadline, type DeadlineVerdict } from './deadline';
import { filingChannelFor, type ChannelDecision, type ChannelOverrides } from './filingChannel';
import type { LegalSource, Procedure } from './procedureSchema';

export type DossierDeadline = {
  verdict: DeadlineVerdict;
  /** For a renewal: where it is filed, which chose the R. 431-5 window (null for other procedures). */
  channel: ChannelDecision | null;
};

export type FilingDeployment = { departement: string | null; filingChannels: ChannelOverrides | null };

/**
 * Where a dossier stands against its deadline, or null when the procedure has none or no expiry is
 * typed yet. A renewal filed online follows R. 431-5 1° (120 to 60 days), one filed at the counter
 * the two months before expiry. When nobody knows the channel, the online window is computed — the
 * earlier one, so nobody waits too long — and the screen says that the counter's rule may apply.
 */
export function dossierDeadline(procedure: Procedure, answers: Answers, now: Date, deployment: FilingDeployment): DossierDeadline | null {
  const spec = procedure.deadline;
  if (!spec) return null;
  const expiry = answers[spec.expiryField];
  if (typeof expiry !== 'string' || expiry === '') return null;
  const channel = spec.rule === 'renewal' ? filingChannelFor(procedure, answers, deployment) : null;
  const live = applicableAnswers(procedure, answers);
  const rule =
    spec.rule === 'renew-instead-within-3-months'
      ? ({ kind: 'renew-instead-within-3-months' } as const)
      : channel?.channel === 'counter'
        ? ({ kind: 'renewal-two-months' } as const)
        : ({ kind: 'renewal-120-60' } as const);
  const verdict = filingDeadline({
    rule,
    expiry,
    now,
    graceApplies: spec.grace === 'always' ? true : spec.grace === 'never' ? false : conditionHolds(spec.grace, live),
    longTermEuResident: spec.longTermEuWhen ? conditionHolds(spec.longTermEuWhen, live) : false,
  });
  if (verdict.kind === 'invalid-date' || verdict.kind === 'not-concerned') return null;
  return { verdict, channel };
}

/**
 * Is the L. 436-5 late fee owed? After expiry, whatever the channel; after the online window while
 * the card is valid, only for a title filed online — and when nobody knows the channel, it may be
 * (online) or not (at the counter): said as such, never added to a total.
 */
export function lateFeeOwed(deadline: DossierDeadline | null): 'yes' | 'maybe' | 'no' {
  const kind = deadline?.verdict.kind;
  if (kind === 'expired') return 'yes';
  if (kind !== 'late') return 'no';
  return deadline?.channel?.channel === 'unknown' ? 'maybe' : 'yes';
}

/**
 * A knowingly late filing is one more thing the person reads and accepts, beside its warnings: the
 * history and the receiver keep that they filed after the deadline (the fee, the lost attestation).
 */
export function withDeadlineAdvice(completeness: Completeness, deadline: DossierDeadline | null, sources: LegalSource[]): Completeness {
  const kind = deadline?.verdict.kind;
  const code = kind === 'expired' ? 'filed-after-expiry' : kind === 'late' && lateFeeOwed(deadline) === 'yes' ? 'filed-late' : null;
  return code ? { ...completeness, advice: [...completeness.advice, { code, sources }] } : completeness;
}
