import { z } from 'zod/mini';
import { documentMime, fieldError, receipt } from '@/contract';
import { dossierStatuses } from '@/domain/dossierStatus';
import type { TableName } from './schema';

/**
 * What a record must look like when it is READ back. IndexedDB holds whatever an older build, a
 * crash or a browser bug left there; parsing every read keeps a bad row from crashing a screen.
 */
export const dossierRecord = z.object({
  id: z.string(),
  procedureId: z.string(),
  procedureVersion: z.string(),
  status: z.enum(dossierStatuses),
  language: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.boolean(), z.null()])),
  currentStep: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  submissionId: z.optional(z.string()),
  refusal: z.optional(z.object({ code: z.string(), fields: z.array(fieldError) })),
});
export type DossierRecord = z.infer<typeof dossierRecord>;

export const documentRecord = z.object({
  id: z.string(),
  dossierId: z.string(),
  type: z.string(),
  name: z.string(),
  mime: documentMime,
  size: z.number(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  createdAt: z.number(),
});
export type DocumentRecord = z.infer<typeof documentRecord>;

// A tag check rather than instanceof: an ArrayBuffer from another realm (worker, test env) is still one.
const arrayBuffer = z.custom<ArrayBuffer>(
  (v) => Object.prototype.toString.call(v) === '[object ArrayBuffer]',
);
export const blobRecord = z.object({ id: z.string(), bytes: arrayBuffer });
export type BlobRecord = z.infer<typeof blobRecord>;

export const outboxStage = z.enum(['create', 'upload', 'complete']);
export type OutboxStage = z.infer<typeof outboxStage>;

export const outboxError = z.object({
  kind: z.enum(['offline', 'server', 'conflict', 'fatal']),
  status: z.optional(z.number()),
  code: z.optional(z.string()),
  at: z.number(),
});
export type OutboxError = z.infer<typeof outboxError>;

export const outboxRecord = z.object({
  /** The submission id, sent as Idempotency-Key: a replay after a lost answer is the same request. */
  id: z.string(),
  dossierId: z.string(),
  /** The exact JSON text sent, frozen at filing time, so a retry sends the very same bytes. */
  body: z.string(),
  bodySha256: z.string(),
  documentIds: z.array(z.string()),
  uploaded: z.array(z.string()),
  stage: outboxStage,
  attempts: z.number(),
  nextAttemptAt: z.number(),
  lastError: z.optional(outboxError),
  createdAt: z.number(),
});
export type OutboxRecord = z.infer<typeof outboxRecord>;

export const receiptRecord = z.extend(receipt, { dossierId: z.string(), storedAt: z.number() });
export type ReceiptRecord = z.infer<typeof receiptRecord>;

/** One preference per row; the value's meaning belongs to its key. */
export const settingRecord = z.object({ key: z.enum(['language']), value: z.string().check(z.maxLength(64)) });
export type SettingRecord = z.infer<typeof settingRecord>;

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
] as const;
export const journalRecord = z.object({
  seq: z.number(),
  dossierId: z.string(),
  at: z.number(),
  kind: z.enum(journalKinds),
  step: z.optional(z.string()),
  documentType: z.optional(z.string()),
  receiptNumber: z.optional(z.string()),
});
export type JournalRecord = z.infer<typeof journalRecord>;
export type JournalEntry = Omit<JournalRecord, 'seq'>;

export const recordSchemas: Record<TableName, z.ZodMiniType> = {
  dossiers: dossierRecord,
  documents: documentRecord,
  blobs: blobRecord,
  outbox: outboxRecord,
  receipts: receiptRecord,
  settings: settingRecord,
  journal: journalRecord,
};
