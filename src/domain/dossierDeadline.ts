import type { Answers } from '@/contract';
import { conditionHolds } from './conditions';
import { filingDeadline, type DeadlineVerdict } from './deadline';
import { filingChannelFor, type ChannelDecision, type ChannelOverrides } from './filingChannel';
import type { Procedure } from './procedureSchema';

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
    graceApplies: spec.grace === 'always' ? true : spec.grace === 'never' ? false : conditionHolds(spec.grace, answers),
    longTermEuResident: spec.longTermEuWhen ? conditionHolds(spec.longTermEuWhen, answers) : false,
  });
  if (verdict.kind === 'invalid-date' || verdict.kind === 'not-concerned') return null;
  return { verdict, channel };
}
