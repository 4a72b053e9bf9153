import { z } from 'zod/mini';
import { documentMime, fieldError, type DocumentMime } from '@/contract';
import { dossierStatuses } from '@/domain/dossierStatus';
import { mandateSchema } from '@/domain/mandate';
import { keyEnvelope } from './crypto';
import { journalRecord } from './journalRecords';
import { attestationRecord, followUpRecord, receiptRecord, signingKeyRecord } from './proofRecords';
import type { TableName } from './schema';
import { sealedOrText, sha256Hex, storedSealed } from './storedSealed';

/**
 * Every record's schema, one file per idea: the sealed value (storedSealed.ts), the dossier and
 * what hangs on it (here), what the administration sent back (proofRecords.ts), the history
 * (journalRecords.ts). Re-exported so the repositories import records from one place.
 */
export * from './storedSealed';
export * from './journalRecords';
export * from './proofRecords';

export const answerValue = z.union([z.string(), z.boolean(), z.null()]);
export type AnswerValue = z.infer<typeof answerValue>;

export const dossierRefusal = z.object({ code: z.string(), fields: z.array(fieldError) });
export type DossierRefusal = z.infer<typeof dossierRefusal>;

/**
 * What a record must look like when it is READ back. IndexedDB holds whatever an older build, a
 * crash or a browser bug left there; parsing every read keeps a bad row from crashing a screen.
 */
export const dossierRecord = z.object({
  id: z.string(),
  /**
   * Sealed since 2026-11, each on its own (a step change re-seals only the step): the procedure, its
   * language and the step say what a person applies for, and where they stand.
   */
  procedureId: sealedOrText,
  procedureVersion: sealedOrText,
  status: z.enum(dossierStatuses),
  language: sealedOrText,
  /** Each answer sealed on its own (its place names the field), so autosave never re-reads the others. */
  answers: z.record(z.string(), z.union([storedSealed, answerValue])),
  currentStep: sealedOrText,
  createdAt: z.number(),
  updatedAt: z.number(),
  submissionId: z.optional(z.string()),
  /** The server's reasons, sealed since 2026-11 (device key: the sender writes them). */
  refusal: z.optional(z.union([storedSealed, dossierRefusal])),
  /** The mediator's profile whose dossier this is; absent on personal devices and kiosks. */
  ownerId: z.optional(z.string()),
});
/** A dossier row as IndexedDB holds it: sealed. Only src/storage handles this form. */
export type DossierRow = z.infer<typeof dossierRecord>;
/** The fields of a dossier sealed one by one, besides its answers. */
export const dossierSealedTexts = ['procedureId', 'procedureVersion', 'language', 'currentStep'] as const;
/** A dossier as every reader outside storage sees it, opened. */
export type DossierRecord = Omit<DossierRow, 'answers' | 'refusal' | (typeof dossierSealedTexts)[number]> & {
  procedureId: string;
  procedureVersion: string;
  language: string;
  currentStep: string;
  answers: Record<string, AnswerValue>;
  refusal?: DossierRefusal;
  locked?: never;
};
/**
 * A dossier sealed under a key this context does not hold (another mediator's profile, a kiosk
 * visit that ended): only what is in clear, and it must not be opened for editing.
 */
export type LockedDossier = Pick<DossierRow, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'submissionId' | 'ownerId'> & { locked: true };
/** What a read returns: opened, or locked when its key is not held here. */
export type DossierView = DossierRecord | LockedDossier;

export const documentRecord = z.object({
  id: z.string(),
  dossierId: z.string(),
  /** The catalogue's type ("passport", "asylum-certificate"): sealed since 2026-11, it tells the procedure. */
  type: sealedOrText,
  /** The file's name as the person chose it ("passeport-benali.pdf"): sealed like the bytes. */
  name: sealedOrText,
  /** Sealed since 2026-11 with the type (a text checked against the contract's list once opened). */
  mime: z.union([storedSealed, documentMime]),
  size: z.number(),
  sha256: sha256Hex,
  createdAt: z.number(),
  /** The bytes were erased after delivery (retention); the metadata and digest stay as proof. */
  bytesPurgedAt: z.optional(z.number()),
});
export type DocumentRow = z.infer<typeof documentRecord>;
export const documentSealedTexts = ['type', 'name', 'mime'] as const;
/** A document's metadata opened, as screens see it. */
export type DocumentRecord = Omit<DocumentRow, (typeof documentSealedTexts)[number]> & { type: string; name: string; mime: DocumentMime };

// A tag check rather than instanceof: an ArrayBuffer from another realm (worker, test env) is still one.
const arrayBuffer = z.custom<ArrayBuffer>(
  (v) => Object.prototype.toString.call(v) === '[object ArrayBuffer]',
);
export const blobRecord = z.object({ id: z.string(), bytes: z.union([storedSealed, arrayBuffer]) });
export type BlobRecord = z.infer<typeof blobRecord>;

/**
 * A page photographed for a document, before the document is saved (src/storage/draftPages.ts):
 * everything that says what it is sealed in `content`, the JPEG in `bytes`.
 */
export const draftPageContent = z.object({
  type: z.string(),
  /** The name of the file or photo it came from (the saved PDF is named after the first page's). */
  name: z.string(),
  position: z.int().check(z.nonnegative()),
  width: z.number(),
  height: z.number(),
  cropped: z.boolean(),
  /** src/capture's PageQuality, as measured when the page was taken. */
  quality: z.object({
    width: z.number(),
    height: z.number(),
    brightness: z.number(),
    sharpness: z.number(),
    warnings: z.array(z.enum(['too-dark', 'too-bright', 'blurry', 'too-small'])),
  }),
  sha256: sha256Hex,
});
export const draftPageRecord = z.object({
  id: z.string(),
  dossierId: z.string(),
  createdAt: z.number(),
  content: storedSealed,
  bytes: storedSealed,
});
export type DraftPageRow = z.infer<typeof draftPageRecord>;

export const outboxStage = z.enum(['create', 'upload', 'complete']);
export type OutboxStage = z.infer<typeof outboxStage>;

export const outboxError = z.object({
  // 'sign-in': the server answered 401. The queue waits for a person to sign in; nothing is dropped.
  kind: z.enum(['offline', 'server', 'conflict', 'fatal', 'sign-in']),
  status: z.optional(z.number()),
  code: z.optional(z.string()),
  at: z.number(),
});
export type OutboxError = z.infer<typeof outboxError>;

/**
 * How far the delivery got, written by whichever context sends (page or service worker) so that a
 * screen in any tab shows the same bar. Device time: it only says how fresh the figure is.
 */
export const outboxProgress = z.object({
  documentsDone: z.int().check(z.nonnegative()),
  documentsTotal: z.int().check(z.nonnegative()),
  bytesSent: z.number().check(z.nonnegative()),
  bytesTotal: z.number().check(z.nonnegative()),
  updatedAt: z.number(),
});
export type OutboxProgress = z.infer<typeof outboxProgress>;

export const outboxRecord = z.object({
  /** The submission id, sent as Idempotency-Key: a replay after a lost answer is the same request. */
  id: z.string(),
  dossierId: z.string(),
  /**
   * The exact JSON text sent, frozen at filing time, so a retry sends the very same bytes. Sealed
   * under the device key: the service worker sends it with the app closed and nobody signed in.
   */
  body: z.union([storedSealed, z.string()]),
  bodySha256: z.string(),
  documentIds: z.array(z.string()),
  uploaded: z.array(z.string()),
  stage: outboxStage,
  attempts: z.number(),
  nextAttemptAt: z.number(),
  lastError: z.optional(outboxError),
  /**
   * Only a hint for screens: a damaged figure is dropped on read (catch) rather than making the
   * whole row unreadable, which would hide a submission from the queue that must deliver it.
   */
  progress: z.catch(z.optional(outboxProgress), undefined),
  createdAt: z.number(),
});
export type OutboxRow = z.infer<typeof outboxRecord>;
/** An outbox row with its body opened, as the sender and the screens see it. */
export type OutboxRecord = Omit<OutboxRow, 'body'> & { body: string };

/**
 * One preference per row; the value's meaning belongs to its key (src/storage/deviceSettings.ts for
 * the device's). Never personal data: `kioskLeftBehind` holds random dossier ids only.
 */
export const settingKeys = ['language', 'deviceMode', 'runtimeConfig', 'kioskLeftBehind'] as const;
export const settingRecord = z.object({ key: z.enum(settingKeys), value: z.string().check(z.maxLength(65_536)) });
export type SettingRecord = z.infer<typeof settingRecord>;

/**
 * A mandate as stored, with the digest computed when it was recorded (what the QR code holds).
 * The people's names and the structure are sealed since v5 (in clear before); dates stay in clear,
 * so whether a mandate is in force is known without opening it.
 */
export const mandateRecord = z.extend(mandateSchema, {
  digest: sha256Hex,
  applicantName: sealedOrText,
  mediatorName: sealedOrText,
  structure: sealedOrText,
});
export type MandateRow = z.infer<typeof mandateRecord>;
/** A mandate as screens see it: names opened. */
export type MandateRecord = z.infer<typeof mandateSchema> & { digest: string };
export const mandateSealedFields = ['applicantName', 'mediatorName', 'structure'] as const;

const cryptoKey = z.custom<CryptoKey>((v) => Object.prototype.toString.call(v) === '[object CryptoKey]');
/** A key of this device, stored as a non-extractable CryptoKey (the browser keeps its bytes). */
export const keyRecord = z.object({ id: z.string(), key: cryptoKey, createdAt: z.number() });
export type KeyRecord = z.infer<typeof keyRecord>;

/**
 * A mediator's profile on a shared tablet. `envelope` wraps the profile's data key under the
 * mediator's code (PBKDF2, src/storage/crypto); `failures`/`lastFailureAt` drive the growing wait
 * and the wipe after 10 wrong codes, kept in clear because they must be read before unlocking.
 */
export const profileRecord = z.object({
  id: z.string(),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  envelope: keyEnvelope,
  failures: z.int().check(z.nonnegative()),
  lastFailureAt: z.optional(z.number()),
  createdAt: z.number(),
  /**
   * Absent: a mediator's profile. 'owner': the code of a personal phone's owner (at most one), which
   * is never wiped (docs/threat-model.md, decision 2). Not indexed, so no schema version.
   */
  purpose: z.optional(z.enum(['mediator', 'owner'])),
});
export type ProfileRecord = z.infer<typeof profileRecord>;

export const recordSchemas: Record<TableName, z.ZodMiniType> = {
  dossiers: dossierRecord,
  documents: documentRecord,
  blobs: blobRecord,
  outbox: outboxRecord,
  receipts: receiptRecord,
  settings: settingRecord,
  journal: journalRecord,
  attestations: attestationRecord,
  followUps: followUpRecord,
  signingKeys: signingKeyRecord,
  mandates: mandateRecord,
  keys: keyRecord,
  profiles: profileRecord,
  draftPages: draftPageRecord,
};
