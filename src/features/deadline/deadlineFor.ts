import type { Answers } from '@/contract';
import { conditionHolds, filingDeadline, type DeadlineVerdict, type Procedure } from '@/domain';

/** The deadline verdict for a dossier's answers, or null when the procedure has none or no date yet. */
export function deadlineFor(procedure: Procedure, answers: Answers, now: Date = new Date()): DeadlineVerdict | null {
  const spec = procedure.deadline;
  if (!spec) return null;
  const expiry = answers[spec.expiryField];
  if (typeof expiry !== 'string' || expiry === '') return null;
  const birthDate = answers.birthDate;
  const verdict = filingDeadline({
    rule: { kind: spec.rule },
    expiry,
    now,
    graceApplies: spec.grace === 'always' ? true : spec.grace === 'never' ? false : conditionHolds(spec.grace, answers),
    birthDate: typeof birthDate === 'string' ? birthDate : undefined,
    longTermEuResident: spec.longTermEuWhen ? conditionHolds(spec.longTermEuWhen, answers) : false,
  });
  return verdict.kind === 'invalid-date' || verdict.kind === 'not-concerned' ? null : verdict;
}
