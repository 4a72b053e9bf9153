/** Public API of delivery: the API client, the outbox runner and its scheduler. */
export { createApiClient } from './apiClient';
export type { ApiClient, ApiClientOptions } from './apiClient';
export { ApiError } from './apiError';
export type { ApiFailure } from './apiError';
export { PAUSED, createOutboxRunner } from './outboxRunner';
export type { DrainResult, OutboxRunner, OutboxRunnerOptions } from './outboxRunner';
export { createSyncScheduler, LOCKED_RETRY_MS } from './scheduler';
export type { SchedulerOptions, SyncScheduler } from './scheduler';
export { LocalSendError } from './sendSubmission';
export type { LockManagerLike } from './singleRunner';
export { judgeFailure } from './verdict';
export type { Verdict } from './verdict';
export { checkAttestation, checkReceipt } from './signatures';
export type { SignatureCheck } from './signatures';
export { ensureSigningKeys, refreshFollowUps } from './followUp';
export type { FollowUpResult } from './followUp';
export { MAX_CHUNK_BYTES, nextChunkBytes, uploadResumable, UPLOAD_CHUNK_BYTES } from './resumableUpload';
export type { UploadReport } from './resumableUpload';
