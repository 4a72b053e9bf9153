import { review, type Attestation, type Review } from '@/contract';
import type { RelaisDb, RelaisDexie } from './db';
import { RecordNotFoundError, StorageError } from './errors';
import { guardWrite } from './guard';
import { logStorage } from './log';
import { sameBytes } from './crypto/bytes';
import { appendJournal, sealJournalLine } from './journal';
import { isSealed, vaultOf, type Vault } from './vault';
import { parseMany, parseOne, parseOrSkip } from './parse';
import {
  attestationRecord,
  dossierRecord,
  followUpRecord,
  receiptRecord,
  sealedAttestationContent,
  type AttestationRecord,
  type AttestationRow,
  type StoredSealed,
  type FollowUpRecord,
  type FollowUpRow,
  type JournalContent,
} from './records';

/** What one successful status check brought back for a submission. */
export interface FollowUpInput {
  review?: Review;
  attestations: readonly Attestation[];
  /** Device time of the check: it only tells the person how fresh the information is. */
  checkedAt: number;
}

/** Oldest first by the server's issue time (parsed: ISO strings of other precisions misorder as text). */
function byIssue(a: Pick<Attestation, 'issuedAt' | 'number'>, b: Pick<Attestation, 'issuedAt' | 'number'>): number {
  return Date.parse(a.issuedAt) - Date.parse(b.issuedAt) || a.number.localeCompare(b.number);
}

/**
 * Two contexts may check at once and finish in either order: an answer older than what is stored
 * must not move the stage back (nor write a "changed" line for it).
 */
function newerReview(stored: Review | undefined, incoming: Review | undefined): Review | undefined {
  if (incoming === undefined) return stored; // the server said nothing new: keep what we knew
  if (stored === undefined) return incoming;
  return Date.parse(incoming.updatedAt) >= Date.parse(stored.updatedAt) ? incoming : stored;
}

function sameStage(a: Review | undefined, b: Review | undefined): boolean {
  return a?.stage === b?.stage && a?.decision === b?.decision;
}

/** The review opened; an altered one is TamperedRecordError. */
async function openFollowUp(vault: Vault, row: FollowUpRow): Promise<FollowUpRecord> {
  const { review: stored, ...rest } = row;
  const opened = stored === undefined ? undefined : await vault.openField(stored, 'followUps', row.submissionId, 'review', review);
  return { ...rest, ...(opened ? { review: opened } : {}) };
}

/** A check was stored by another context between this one's reads and its write. */
class FollowUpMovedError extends StorageError {
  constructor(submissionId: string) {
    super(`The follow-up of ${submissionId} changed while a check was being stored.`);
  }
}

/** Same row as read before: sealed reviews are compared by their IV, fresh for every seal. */
function sameStoredFollowUp(a: FollowUpRow | undefined, b: FollowUpRow | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.checkedAt !== b.checkedAt) return false;
  const ra = a.review;
  const rb = b.review;
  if (ra === undefined || rb === undefined) return ra === rb;
  if (isSealed(ra) && isSealed(rb)) return sameBytes(ra.iv, rb.iv);
  return !isSealed(ra) && !isSealed(rb) && ra.updatedAt === rb.updatedAt && sameStage(ra, rb);
}

/** The attestation opened; an altered one is TamperedRecordError. */
async function openAttestation(vault: Vault, row: AttestationRow): Promise<AttestationRecord> {
  if (!('content' in row)) return row;
  const content = await vault.openJson(row.content, 'attestations', row.id, 'content', sealedAttestationContent);
  return { id: row.id, submissionId: row.submissionId, ...content, dossierId: row.dossierId, storedAt: row.storedAt };
}

/** The ids of held attestations whose sealed content no longer opens. */
async function unopenable(vault: Vault, raws: readonly unknown[]): Promise<Set<string>> {
  const rows = parseMany(attestationRecord, 'attestations', raws.filter((raw) => raw !== undefined));
  const opened = await Promise.allSettled(rows.map((row) => openAttestation(vault, row)));
  return new Set(rows.filter((_row, i) => opened[i]?.status === 'rejected').map((row) => row.id));
}

/** Sealed before the transaction (device key: the sender writes them, often with nobody signed in). */
async function sealAttestation(vault: Vault, attestation: Attestation): Promise<StoredSealed> {
  const { id: _id, submissionId: _submission, ...content } = attestation;
  return vault.sealForDevice(JSON.stringify(content), 'attestations', attestation.id, 'content');
}

/** Adds the attestations this device does not hold yet; returns the ids it added, oldest first. */
async function storeNew(
  s: RelaisDexie,
  dossierId: string,
  attestations: readonly Attestation[],
  storedAt: number,
  sealed: ReadonlyMap<string, StoredSealed>,
  /** Held copies that no longer open (altered on disk): found before the transaction. */
  damaged: ReadonlySet<string>,
): Promise<string[]> {
  const added: string[] = [];
  for (const attestation of [...attestations].sort(byIssue)) {
    const content = sealed.get(attestation.id);
    if (!content) continue;
    const raw = await s.attestations.get(attestation.id);
    const row: AttestationRow = { id: attestation.id, submissionId: attestation.submissionId, dossierId, storedAt, content };
    if (raw === undefined) {
      await s.attestations.add(row);
      added.push(attestation.id);
    } else if (damaged.has(attestation.id) || parseOrSkip(attestationRecord, 'attestations', raw) === undefined) {
      // A damaged copy is replaced by the server's; its journal line was written the first time.
      await s.attestations.put(row);
    }
  }
  return added;
}

export function followUpRepository(db: RelaisDb) {
  const d = db.main;
  const s = db.strict;
  const vault = vaultOf(db);

  /**
   * One try of recordFollowUp. Everything written is sealed first (device key: the sender writes
   * it, often with nobody signed in), so the stage is compared on the opened values before the
   * transaction, which then checks that the stored row is still the one compared with.
   */
  async function recordOnce(submissionId: string, input: FollowUpInput): Promise<FollowUpRecord> {
    const known = parseOne(receiptRecord, 'receipts', await s.receipts.get(submissionId), 'submissionId');
    if (!known) throw new RecordNotFoundError('receipts', submissionId);
    const { dossierId } = known;
    const at = input.checkedAt;
    const line = (content: JournalContent) => sealJournalLine(vault.sealForDevice, dossierId, at, content);
    const stored = parseOrSkip(followUpRecord, 'followUps', await s.followUps.get(submissionId), 'submissionId');
    const before = stored ? await openFollowUp(vault, stored).catch(() => undefined) : undefined;
    const review = newerReview(before?.review, input.review);
    // Only the incoming review can be new (newerReview).
    const stageChanged = review !== undefined && review === input.review && !sameStage(before?.review, review);
    const [sealedReview, reviewLine, damaged, sealedAttestations, attestationLines] = await Promise.all([
      review ? vault.sealForDevice(JSON.stringify(review), 'followUps', submissionId, 'review') : undefined,
      stageChanged ? line({ kind: 'review-changed', reviewStage: review.stage, ...(review.decision ? { decision: review.decision } : {}) }) : undefined,
      s.attestations.bulkGet(input.attestations.map((a) => a.id)).then((raws) => unopenable(vault, raws)),
      Promise.all(input.attestations.map(async (a) => [a.id, await sealAttestation(vault, a)] as const)).then((pairs) => new Map(pairs)),
      Promise.all(input.attestations.map(async (a) => [a.id, await line({ kind: 'attestation-issued', attestationNumber: a.number })] as const)).then((pairs) => new Map(pairs)),
    ]);
    const next: FollowUpRow = { submissionId, dossierId, ...(sealedReview ? { review: sealedReview } : {}), checkedAt: at };
    await guardWrite(() =>
      s.transaction('rw', [s.receipts, s.followUps, s.attestations, s.journal], async () => {
        if (!parseOne(receiptRecord, 'receipts', await s.receipts.get(submissionId), 'submissionId')) throw new RecordNotFoundError('receipts', submissionId);
        const now = parseOrSkip(followUpRecord, 'followUps', await s.followUps.get(submissionId), 'submissionId');
        if (!sameStoredFollowUp(stored, now)) throw new FollowUpMovedError(submissionId);
        // A successful check clears the failure mark: the information is fresh again.
        await s.followUps.put(next);
        if (reviewLine) await appendJournal(s, reviewLine);
        for (const added of await storeNew(s, dossierId, input.attestations, at, sealedAttestations, damaged)) {
          const entry = attestationLines.get(added);
          if (entry) await appendJournal(s, entry);
        }
      }),
    );
    return { submissionId, dossierId, ...(review ? { review } : {}), checkedAt: at };
  }

  return {
    /**
     * Keeps what a status check returned, in ONE strict transaction (an attestation is a proof the
     * person may need at a counter with no network): the follow-up row, the attestations not yet
     * stored, and a journal line per stage change and per new attestation. Replaying the same
     * answer changes nothing but `checkedAt`.
     */
    async recordFollowUp(submissionId: string, input: FollowUpInput): Promise<FollowUpRecord> {
      const stranger = input.attestations.find((a) => a.submissionId !== submissionId);
      if (stranger) throw new StorageError(`Attestation ${stranger.id} given to submission ${submissionId}.`);
      // Another context may store a check between our reads and our write: then the stage we
      // compared with is stale, and this check is simply prepared again.
      for (let attempt = 1; ; attempt++) {
        try {
          return await recordOnce(submissionId, input);
        } catch (cause) {
          if (!(cause instanceof FollowUpMovedError) || attempt >= 3) throw cause;
        }
      }
    },

    /**
     * A check failed (network, server): the screen then says the information may be out of date.
     * Before any successful check there is nothing to call stale, so nothing is written.
     */
    async recordFollowUpFailure(submissionId: string, at: number): Promise<void> {
      await guardWrite(() =>
        d.transaction('rw', d.followUps, async () => {
          const row = parseOrSkip(followUpRecord, 'followUps', await d.followUps.get(submissionId), 'submissionId');
          if (row) await d.followUps.put({ ...row, lastCheckFailedAt: at });
        }),
      );
    },

    /** The dossier's follow-up (the most recently checked, should it ever have been filed twice). */
    async getFollowUp(dossierId: string): Promise<FollowUpRecord | undefined> {
      const rows = await d.followUps.where('dossierId').equals(dossierId).toArray();
      const latest = parseMany(followUpRecord, 'followUps', rows, 'submissionId').sort((a, b) => b.checkedAt - a.checkedAt)[0];
      // Altered: read as if never checked, like a damaged row; the next check writes it again.
      return latest ? openFollowUp(vault, latest).catch(() => undefined) : undefined;
    },

    /** Every attestation of the dossier, oldest first; damaged ones are skipped and logged. */
    async listAttestations(dossierId: string): Promise<AttestationRecord[]> {
      const rows = parseMany(attestationRecord, 'attestations', await d.attestations.where('dossierId').equals(dossierId).toArray());
      const opened = await Promise.allSettled(rows.map((row) => openAttestation(vault, row)));
      // An altered one is skipped and logged like a damaged row; the next check puts the server's copy back.
      return opened
        .flatMap((result, i) => {
          if (result.status === 'fulfilled') return [result.value];
          logStorage({ event: 'corrupt-record', table: 'attestations', key: rows[i]?.id ?? null, paths: ['content'] });
          return [];
        })
        .sort(byIssue);
    },

    /**
     * What the app asks the server about on start and when the network returns: every delivered
     * dossier that has its receipt, oldest filing first.
     */
    async listFollowedSubmissions(): Promise<{ submissionId: string; dossierId: string }[]> {
      const delivered = parseMany(dossierRecord, 'dossiers', await d.dossiers.where('status').equals('delivered').toArray());
      if (delivered.length === 0) return [];
      const rows = await d.receipts.where('dossierId').anyOf(delivered.map((dossier) => dossier.id)).toArray();
      return parseMany(receiptRecord, 'receipts', rows, 'submissionId')
        .sort((a, b) => a.storedAt - b.storedAt)
        .map(({ submissionId, dossierId }) => ({ submissionId, dossierId }));
    },
  };
}
export type FollowUpRepository = ReturnType<typeof followUpRepository>;
