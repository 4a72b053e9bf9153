import type { Answers } from '@/contract';
import { checkCompleteness, dossierDeadline, withDeadlineAdvice, type Completeness, type FilingDeployment, type Procedure } from '@/domain';

/**
 * What stands between a dossier and filing, as the review shows it and the filing re-checks it on
 * what is stored: blockers, warnings, advice — and a deadline already passed, which the person also
 * files knowingly (src/domain/dossierDeadline.ts).
 */
export function checkForFiling(procedure: Procedure, answers: Answers, attached: readonly string[], deployment: FilingDeployment): Completeness {
  const deadline = dossierDeadline(procedure, answers, new Date(), deployment);
  return withDeadlineAdvice(checkCompleteness(procedure, answers, attached), deadline, procedure.deadline?.sources ?? []);
}
