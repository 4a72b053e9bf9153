import type { Attestation, Review } from '@/contract';
import type { RelaisDb, RelaisDexie } from './db';
import { RecordNotFoundError, StorageError } from './errors';
import { guardWrite } from './guard';
import { logStorage } from './log';
import { appendJournal, sealJournalDetails } from './journal';
import { vaultOf, type Vault } from './vault';
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
  type JournalDetails,
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
      // The lines this check may write, sealed before the transaction (the sender writes them: device key).
      const known = parseOne(receiptRecord, 'receipts', await s.receipts.get(submissionId), 'submissionId');
      const seal = (kind: 'review-changed' | 'attestation-issued', details: JournalDetails) =>
        known ? sealJournalDetails(vault.sealForDevice, known.dossierId, kind, details) : Promise.resolve({});
      const reviewLine = input.review
        ? await seal('review-changed', { reviewStage: input.review.stage, ...(input.review.decision ? { decision: input.review.decision } : {}) })
        : {};
      const damaged = await unopenable(vault, await s.attestations.bulkGet(input.attestations.map((a) => a.id)));
      const sealedAttestations = new Map(await Promise.all(input.attestations.map(async (a) => [a.id, await sealAttestation(vault, a)] as const)));
      const attestationLines = new Map(
        await Promise.all(input.attestations.map(async (a) => [a.id, await seal('attestation-issued', { attestationNumber: a.number })] as const)),
      );
      return guardWrite(() =>
        s.transaction('rw', [s.receipts, s.followUps, s.attestations, s.journal], async () => {
          const receipt = parseOne(receiptRecord, 'receipts', await s.receipts.get(submissionId), 'submissionId');
          if (!receipt) throw new RecordNotFoundError('receipts', submissionId);
          const { dossierId } = receipt;
          const before = parseOrSkip(followUpRecord, 'followUps', await s.followUps.get(submissionId), 'submissionId');
          const review = newerReview(before?.review, input.review);
          // A successful check clears the failure mark: the information is fresh again.
          const next: FollowUpRecord = { submissionId, dossierId, ...(review ? { review } : {}), checkedAt: input.checkedAt };
          await s.followUps.put(next);
          const at = input.checkedAt;
          // Only the incoming review can be new (newerReview): its line was sealed above.
          if (review && review === input.review && !sameStage(before?.review, review)) {
            await appendJournal(s, { dossierId, at, kind: 'review-changed', ...reviewLine });
          }
          for (const added of await storeNew(s, dossierId, input.attestations, at, sealedAttestations, damaged)) {
            await appendJournal(s, { dossierId, at, kind: 'attestation-issued', ...(attestationLines.get(added) ?? {}) });
          }
          return next;
        }),
      );
    },

    /**
     * A check failed (network, server): the screen then says the information may be out of date.
     * Before any successful check there is nothing to call stale, so nothing is written.
     */
    async recordFollowUpFailure(submissionId: string, at: number): Promise<FollowUpRecord | undefined> {
      return guardWrite(() =>
        d.transaction('rw', d.followUps, async () => {
          const row = parseOrSkip(followUpRecord, 'followUps', await d.followUps.get(submissionId), 'submissionId');
          if (!row) return undefined;
          const next: FollowUpRecord = { ...row, lastCheckFailedAt: at };
          await d.followUps.put(next);
          return next;
        }),
      );
    },

    /** The dossier's follow-up (the most recently checked, should it ever have been filed twice). */
    async getFollowUp(dossierId: string): Promise<FollowUpRecord | undefined> {
      const rows = await d.followUps.where('dossierId').equals(dossierId).toArray();
      const parsed = parseMany(followUpRecord, 'followUps', rows, 'submissionId');
      return parsed.sort((a, b) => b.checkedAt - a.checkedAt)[0];
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
