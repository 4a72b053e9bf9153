import type { Review, SubmissionState } from '@/contract';
import type { SubmissionRow } from './submissionStore';

/**
 * The prefecture's side of a filed submission. `state` and `review.stage` say the same thing in two
 * vocabularies (the state machine of the contract, the applicant-facing stage), so both are derived
 * from the one `state` column and cannot disagree.
 */
export function reviewOf(row: SubmissionRow): Review | undefined {
  const updatedAt = row.review_updated_at ?? row.completed_at;
  if (updatedAt === null) return undefined;
  switch (row.state) {
    case 'awaiting-documents':
      return undefined;
    case 'filed':
      return { stage: 'received', updatedAt };
    case 'under-review':
      return { stage: 'under-review', updatedAt };
    case 'decided':
      return row.decision === null ? { stage: 'decided', updatedAt } : { stage: 'decided', decision: row.decision, updatedAt };
  }
}

/** Why an operator action is not possible in a state; null when it is. */
export type TransitionRefusal = 'not-filed' | 'already-under-review' | 'already-decided' | 'not-under-review';

/** filed → under-review. */
export function refuseReview(state: SubmissionState): TransitionRefusal | null {
  if (state === 'filed') return null;
  if (state === 'awaiting-documents') return 'not-filed';
  return state === 'under-review' ? 'already-under-review' : 'already-decided';
}

/** under-review → decided: a decision is taken on a file someone has opened. */
export function refuseDecision(state: SubmissionState): TransitionRefusal | null {
  if (state === 'under-review') return null;
  if (state === 'awaiting-documents') return 'not-filed';
  return state === 'decided' ? 'already-decided' : 'not-under-review';
}

/**
 * An attestation de prolongation d'instruction is owed for a filed request while the prefect has not
 * decided (CESEDA R. 431-15-1), and renewed as long as that lasts: filed or under review, any number.
 */
export function refuseAttestation(state: SubmissionState): TransitionRefusal | null {
  if (state === 'filed' || state === 'under-review') return null;
  return state === 'awaiting-documents' ? 'not-filed' : 'already-decided';
}
