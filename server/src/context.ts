import type { FileStore } from './fileStore';
import type { SubmissionStore } from './submissionStore';

/** What route plugins share; passed explicitly rather than decorated, so types need no module augmentation. */
export interface ServerContext {
  store: SubmissionStore;
  files: FileStore;
  /** The server clock is the legal clock (filing time); injectable so tests can pin it. */
  now: () => Date;
}
