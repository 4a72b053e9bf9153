/**
 * Typed errors so the UI can say what happened in the person's language (and never show a stack).
 * Messages carry table names and ids only: no personal data.
 */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A stored row no longer matches its schema. Single reads throw it; lists skip the row and log. */
export class CorruptRecordError extends StorageError {
  constructor(
    readonly table: string,
    readonly key: string | null,
    readonly paths: readonly string[],
  ) {
    super(`Corrupt record in "${table}" (${key ?? 'no key'}) at ${paths.join(', ') || '(root)'}.`);
  }
}

export class RecordNotFoundError extends StorageError {
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super(`No record "${key}" in "${table}".`);
  }
}

/** The dossier is queued, being sent or filed: a change would no longer match what is sent. */
export class NotEditableError extends StorageError {
  constructor(
    readonly dossierId: string,
    readonly status: string,
  ) {
    super(`Dossier ${dossierId} is "${status}" and cannot be edited.`);
  }
}

/** The request to file does not match what is on the device (missing document, other digest). */
export class FilingMismatchError extends StorageError {}

/**
 * The device is full. Either the browser refused the write (rolled back as a whole) or the quota
 * check refused it before anything was written: nothing that was stored is lost. `room` is known
 * only in the second case (bytes still free for this site and bytes the write needed).
 */
export class StorageFullError extends StorageError {
  constructor(
    cause: unknown,
    readonly room?: { available: number; needed: number },
  ) {
    super('The device storage is full.', { cause });
  }
}
