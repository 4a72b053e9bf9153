import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { Attestation, ReviewDecision } from '@/contract';
import { SUBMISSION_COLUMNS } from './submissionStore';
import type { SubmissionRow } from './submissionStore';

/** The SQL of the prefecture's side: review transitions and attestations. */
export class ReviewStore {
  private readonly selectAll;
  private readonly selectByNumber;
  private readonly updateUnderReview;
  private readonly updateDecided;
  private readonly insertAttestation;
  private readonly selectAttestations;

  constructor(private readonly db: SqliteDatabase) {
    this.selectAll = db.prepare<[], SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM submissions ORDER BY created_at, id`);
    this.selectByNumber = db.prepare<[string], SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE receipt_number = ?`);
    // Each transition names the state it leaves: run twice (or by two operators at once), it changes nothing.
    this.updateUnderReview = db.prepare(
      "UPDATE submissions SET state = 'under-review', review_updated_at = ? WHERE id = ? AND state = 'filed'",
    );
    this.updateDecided = db.prepare(
      "UPDATE submissions SET state = 'decided', decision = ?, review_updated_at = ? WHERE id = ? AND state = 'under-review'",
    );
    this.insertAttestation = db.prepare(
      'INSERT INTO attestations (id, submission_id, number, issued_at, attestation_json) VALUES (?, ?, ?, ?, ?)',
    );
    this.selectAttestations = db.prepare<[string], { attestation_json: string }>(
      'SELECT attestation_json FROM attestations WHERE submission_id = ? ORDER BY issued_at, rowid',
    );
  }

  all(): SubmissionRow[] {
    return this.selectAll.all();
  }

  byNumber(number: string): SubmissionRow | undefined {
    return this.selectByNumber.get(number);
  }

  /** True when the submission went from filed to under-review. */
  startReview(id: string, at: string): boolean {
    return this.updateUnderReview.run(at, id).changes === 1;
  }

  /** True when the submission went from under-review to decided. */
  decide(id: string, decision: ReviewDecision, at: string): boolean {
    return this.updateDecided.run(decision, at, id).changes === 1;
  }

  /**
   * Stores a new attestation if `stillAllowed()` holds inside the write transaction (the state read
   * and the insert cannot be split by a decision taken meanwhile). `make` is called again on a number
   * collision, a few times at most.
   */
  addAttestation(stillAllowed: () => boolean, make: () => Attestation): Attestation | null {
    const run = this.db.transaction((): Attestation | null => {
      if (!stillAllowed()) return null;
      for (let attempt = 0; ; attempt += 1) {
        const attestation = make();
        try {
          this.insertAttestation.run(attestation.id, attestation.submissionId, attestation.number, attestation.issuedAt, JSON.stringify(attestation));
          return attestation;
        } catch (error) {
          const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
          if (code !== 'SQLITE_CONSTRAINT_UNIQUE' || attempt >= 4) throw error;
        }
      }
    });
    return run.immediate();
  }

  attestations(submissionId: string): Attestation[] {
    return this.selectAttestations.all(submissionId).map((row) => JSON.parse(row.attestation_json) as Attestation);
  }
}
