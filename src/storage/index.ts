/** Public API of on-device storage. Nothing outside src/storage imports Dexie. */
export { DEFAULT_DB_NAME, schemaVersions, tableNames } from './schema';
export type { SchemaVersion, TableName } from './schema';
export { RelaisDexie, deleteRelaisDb, getDb, openRelaisDb } from './db';
export type { RelaisDb } from './db';
export { createStorage, getStorage } from './storage';
export type { Storage } from './storage';
export type { AnswerPatch, NewDossier } from './dossiers';
export type { NewDocument } from './documents';
export type { DraftPage as StoredDraftPage } from './draftPages';
export type { OutboxPatch } from './outbox';
export type { Refusal } from './delivery';
export type { FollowUpInput } from './followUps';
export type { SavedSigningKeys } from './signingKeys';
export { InvalidMandateError, MandateConflictError, MandateEndedError } from './mandates';
export {
  changeProfileCode,
  createProfile,
  InvalidProfileNameError,
  listProfiles,
  lockProfile,
  MAX_PROFILE_NAME,
  normalizeProfileName,
  OWNER_PROFILE_NAME,
  OwnerCodeExistsError,
  profileRepository,
  resumeWipes,
  unlockProfile,
} from './profiles';
export type { ProfileNameProblem, ProfileOptions, ProfileRepository, ProfileSummary, UnlockResult } from './profiles';
export { profileWait } from './profileAttempts';
export type { ProfilePurpose } from './profileAttempts';
export { getOwnerProfile, ownerCodeRepository, protectUnownedDossiers, removeOwnerCode, setOwnerCode } from './ownerCode';
export type { OwnerCodeRepository } from './ownerCode';
export { hasOwnerCode } from './ownerPresence';
export {
  journalKinds,
  journalRecord,
  mandateRecord,
  attestationRecord,
  blobRecord,
  documentRecord,
  dossierRecord,
  followUpRecord,
  outboxProgress,
  outboxRecord,
  receiptRecord,
  recordSchemas,
  signingKeyRecord,
  keyRecord,
  profileRecord,
  storedSealed,
} from './records';
export type {
  AttestationRecord,
  BlobRecord,
  DocumentRecord,
  DossierRecord,
  DossierView,
  LockedDossier,
  FollowUpRecord,
  OutboxError,
  OutboxProgress,
  OutboxRecord,
  OutboxStage,
  ReceiptInput,
  ReceiptRecord,
  SettingRecord,
  SigningKeyRecord,
  JournalRecord,
  MandateRecord,
  ProfileRecord,
  StoredSealed,
} from './records';
export {
  CorruptRecordError,
  FilingMismatchError,
  NotEditableError,
  RecordNotFoundError,
  StorageError,
  StorageFullError,
} from './errors';
export { isQuotaError } from './guard';
export { DEVICE_KEY_ID, dropOwnerKey, heldOwnerId, holdOwnerKey, LockedRecordError, startSessionKey } from './vault';
export { TamperedRecordError } from './crypto';
export { ReassignConflictError } from './reassign';
export { eraseDevice } from './eraseDevice';
export { recentStorageEvents, setStorageLogger } from './log';
export type { StorageLogEvent, StorageLogger } from './log';
export { observe } from './observe';
export { getPreferredLanguage, setPreferredLanguage, settingsRepository } from './settings';
export {
  addKioskLeftBehind,
  deviceSettingsRepository,
  getDeviceMode,
  getKioskLeftBehind,
  getSavedRuntimeConfig,
  removeKioskLeftBehind,
  saveRuntimeConfig,
  setDeviceMode,
} from './deviceSettings';
export type { Observable, Subscription } from './observe';
export { ensureRoomFor, estimateStorage, requestPersistentStorage } from './persistence';
export { sha256Hex } from './hash';
export { DEFAULT_RETENTION_DAYS } from './retention';
export * from './defaults';
export * from './crypto';
