import { StorageError } from '../errors';
import type { CodeProblem } from './codePolicy';

/*
 * Same pattern as ../errors.ts (typed, no personal data in messages), kept here until the wiring
 * step re-exports them from the storage API.
 */

/**
 * Sealed data did not authenticate: a byte of it was changed, it was moved from another record or
 * field (the place is bound in), or it was sealed under another key. AES-GCM cannot tell these
 * apart, and none of them may yield plaintext, so they are one error. `place` is the additional
 * data (table/id/field), never the content.
 */
export class TamperedRecordError extends StorageError {
  constructor(
    readonly place: string,
    options?: { cause?: unknown },
  ) {
    super(`Sealed data at "${place}" failed authentication (altered, moved, or another key).`, options);
  }
}

/**
 * The code does not open the key envelope. A wrong code and an altered envelope look the same to
 * AES-KW's integrity check; for the person both mean "this code does not open this device".
 */
export class WrongCodeError extends StorageError {
  constructor(options?: { cause?: unknown }) {
    super('The code does not open the key envelope.', options);
  }
}

/** A code that the code policy refuses was about to protect the data key. */
export class WeakCodeError extends StorageError {
  constructor(readonly reason: CodeProblem) {
    super(`The code was refused by the code policy (${reason}).`);
  }
}
