import { z } from 'zod/mini';
import { filingWarning, reviewDecision, reviewStage } from '@/contract';
import { receiverKinds } from '@/domain/runtimeConfig';
import { sha256Hex, storedSealed } from './storedSealed';

/**
 * One line of a dossier's history. It says what happened, never the values typed (no personal data
 * beyond what the dossier itself holds): the step that changed, the document type, the receipt number.
 */
export const journalKinds = [
  'created',
  'answers-changed',
  'document-added',
  'document-removed',
  'filed',
  'delivered',
  'refused',
  'cancelled',
  'review-changed',
  'attestation-issued',
  'documents-purged',
  'mandate-recorded',
  'mandate-revoked',
] as const;
/**
 * What one line of the history says. Since 2026-11 all of it is sealed as one value (`line`): the
 * kind of event and the step say what the person is applying for and where they stand, and the
 * numbers tie the line to them at the prefecture. Only the dossier and the time stay in clear
 * (the history is looked up by dossier and read in order), so a stolen device shows counts and
 * times, nothing more (docs/threat-model.md).
 */
export const journalContent = z.object({
  kind: z.enum(journalKinds),
  step: z.optional(z.string()),
  documentType: z.optional(z.string()),
  receiptNumber: z.optional(z.string()),
  reviewStage: z.optional(reviewStage),
  decision: z.optional(reviewDecision),
  attestationNumber: z.optional(z.string()),
  /** Mandate lines carry the digest of what was agreed, never the names (they stay in `mandates`). */
  mandateDigest: z.optional(sha256Hex),
  /** A `filed` line: the warnings the person read and filed with (codes, never values). */
  warnings: z.optional(z.array(filingWarning)),
  /**
   * A `filed` line: who the dossier was sent to, as the deployment said at that moment — so the
   * history and the receipt keep saying the truth if the deployment later changes its receiver.
   */
  receiver: z.optional(z.object({ kind: z.enum(receiverKinds), name: z.string() })),
});
export type JournalContent = z.infer<typeof journalContent>;
/** A line as written since 2026-11: the content sealed under a random `lineId` (its seq is known only once written). */
export const sealedJournalRecord = z.object({
  seq: z.number(),
  dossierId: z.string(),
  at: z.number(),
  lineId: z.string(),
  line: storedSealed,
});
/**
 * A line as written before 2026-11: in clear, with (v5) the identifying details sealed under
 * `detailsId`. Still read; never written again.
 */
export const plainJournalRecord = z.extend(journalContent, {
  seq: z.number(),
  dossierId: z.string(),
  at: z.number(),
  detailsId: z.optional(z.string()),
  details: z.optional(storedSealed),
});
export const journalRecord = z.union([sealedJournalRecord, plainJournalRecord]);
export const journalDetails = z.pick(journalContent, { receiptNumber: true, reviewStage: true, decision: true, attestationNumber: true, mandateDigest: true });
export type JournalRow = z.infer<typeof journalRecord>;
export type SealedJournalRow = z.infer<typeof sealedJournalRecord>;
/** A history line as screens see it: opened. */
export type JournalRecord = { seq: number; dossierId: string; at: number } & JournalContent;
/** What writers append: the sealed line, never a clear one (it would reach the disk). */
export type JournalEntry = Omit<SealedJournalRow, 'seq'>;
