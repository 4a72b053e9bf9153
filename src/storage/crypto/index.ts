/** Encryption at rest: sealed fields, the key hierarchy, the code policy. Web Crypto only. */
export { recordPlace, open, openJson, openText, seal, sealedRecord, IV_BYTES } from './sealed';
export type { JsonValue, Plaintext, Sealed } from './sealed';
export {
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  createSessionKey,
  deriveWrappingKey,
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from './keys';
export {
  MAX_PBKDF2_ITERATIONS,
  changeCode,
  createKeyEnvelope,
  keyEnvelope,
  needsStrongerKdf,
  openKeyEnvelope,
} from './envelope';
export type { EnvelopeOptions, KeyEnvelope } from './envelope';
export {
  IDLE_RELOCK_MS,
  MAX_CODE_DIGITS,
  MAX_FAILED_ATTEMPTS,
  MIN_CODE_DIGITS,
  checkCode,
  lockoutAfter,
  normalizeCode,
  waitBeforeNextAttempt,
} from './codePolicy';
export type { CodeCheck, CodeProblem, Lockout } from './codePolicy';
export { TamperedRecordError, WeakCodeError, WrongCodeError } from './errors';
