import type { FileStore } from './fileStore';
import type { ResumableUploads } from './resumableUploads';
import type { ReviewStore } from './reviewStore';
import type { Signer } from './signer';
import type { SubmissionStore } from './submissionStore';

/** What route plugins share; passed explicitly rather than decorated, so types need no module augmentation. */
export interface ServerContext {
  store: SubmissionStore;
  files: FileStore;
  resumable: ResumableUploads;
  reviews: ReviewStore;
  signer: Signer;
  /** The server clock is the legal clock (filing time); injectable so tests can pin it. */
  now: () => Date;
}
