import { id as uuid } from '@/contract';
import type { Attestation, Review, ReviewDecision } from '@/contract';
import { makeAttestation } from '../attestations';
import type { DataFolder } from '../dataFolder';
import { refuseAttestation, refuseDecision, refuseReview, reviewOf } from '../review';
import type { TransitionRefusal } from '../review';
import type { SubmissionRow } from '../submissionStore';
import { messages, OperatorError } from './messages';

export interface ListedSubmission {
  number: string | null;
  id: string;
  state: SubmissionRow['state'];
  filedAt: string | null;
}

/**
 * What the prefecture does to a filed submission, straight on the data folder (no HTTP: the reference
 * API has no staff side). Every change is a compare-and-set on the state, so it is safe while the
 * server runs and when two operators act at once.
 */
export class Operator {
  constructor(
    private readonly folder: Pick<DataFolder, 'store' | 'reviews' | 'signer'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): ListedSubmission[] {
    return this.folder.reviews.all().map((row) => ({ number: row.receipt_number, id: row.id, state: row.state, filedAt: row.completed_at }));
  }

  /** A submission by receipt number (any case) or id. */
  find(reference: string): SubmissionRow {
    const trimmed = reference.trim();
    const row = uuid.safeParse(trimmed).success ? this.folder.store.get(trimmed) : this.folder.reviews.byNumber(trimmed.toUpperCase());
    if (!row) throw new OperatorError(messages.unknownSubmission(reference));
    return row;
  }

  review(reference: string): { row: SubmissionRow; review: Review } {
    const row = this.find(reference);
    this.check(row, refuseReview(row.state));
    if (!this.folder.reviews.startReview(row.id, this.now().toISOString())) this.raceLost(row.id, refuseReview);
    return this.reread(row.id);
  }

  decide(reference: string, decision: ReviewDecision): { row: SubmissionRow; review: Review } {
    const row = this.find(reference);
    this.check(row, refuseDecision(row.state));
    if (!this.folder.reviews.decide(row.id, decision, this.now().toISOString())) this.raceLost(row.id, refuseDecision);
    return this.reread(row.id);
  }

  attest(reference: string, months: number): Attestation {
    const row = this.find(reference);
    this.check(row, refuseAttestation(row.state));
    const issued = this.folder.reviews.addAttestation(
      () => refuseAttestation(this.folder.store.get(row.id)?.state ?? 'awaiting-documents') === null,
      () => makeAttestation(this.folder.signer, row.id, this.now(), months),
    );
    if (issued === null) this.raceLost(row.id, refuseAttestation);
    return issued;
  }

  private check(row: SubmissionRow, refusal: TransitionRefusal | null): void {
    if (refusal !== null) throw new OperatorError(messages.refused(refusal, row.state));
  }

  /** The state changed between our read and our write (another operator): report what it is now. */
  private raceLost(id: string, rule: (state: SubmissionRow['state']) => TransitionRefusal | null): never {
    const now = this.folder.store.get(id);
    const state = now?.state ?? 'awaiting-documents';
    throw new OperatorError(messages.refused(rule(state) ?? 'already-decided', state));
  }

  private reread(id: string): { row: SubmissionRow; review: Review } {
    const row = this.folder.store.get(id);
    const review = row === undefined ? undefined : reviewOf(row);
    if (row === undefined || review === undefined) throw new Error('operator: submission vanished after a transition');
    return { row, review };
  }
}
