import { createHash } from 'node:crypto';
import { UPLOAD_OFFSET_HEADER, CHECKSUM_MISMATCH_STATUS } from '@/contract';
import type { FileStore } from './fileStore';
import { KeyedMutex } from './keyedMutex';
import { bytesMatchMime } from './mediaSniff';
import { ProblemError } from './problem';
import type { DocumentRow, SubmissionStore } from './submissionStore';
import type { UploadStore } from './uploadStore';

interface Deps {
  store: SubmissionStore;
  uploads: UploadStore;
  files: FileStore;
  now: () => Date;
}

/**
 * Resumable uploads (contract: src/contract/upload.ts). The rule that makes a cut connection safe:
 * bytes are written and fsynced BEFORE the database records the new offset, so the recorded offset
 * never vouches for bytes that are not on disk; bytes past it are cut off by the next write. A body
 * cut mid-way never reaches here (the parser drops it), so the server stays at its last whole chunk.
 */
export class ResumableUploads {
  private readonly mutex = new KeyedMutex();

  constructor(private readonly deps: Deps) {}

  /** Runs `task` while no chunk of this document is being written (the whole-body PUT uses it too). */
  exclusive<T>(id: string, docId: string, task: () => Promise<T>): Promise<T> {
    return this.mutex.run(`${id}/${docId}`, task);
  }

  /** How many bytes of the document the server holds (its size once received). */
  offset(id: string, docId: string): Promise<number> {
    return this.exclusive(id, docId, async () => this.reconcile(id, this.row(id, docId)));
  }

  /**
   * Appends `chunk` at `offset` and answers the new offset; throws the contract's problems. A chunk
   * that completes the document is only recorded once the whole file matches the manifest.
   */
  append(id: string, docId: string, offset: number, chunk: Buffer, checksumBase64: string | null): Promise<number> {
    return this.exclusive(id, docId, async () => {
      const doc = this.row(id, docId);
      const held = await this.reconcile(id, doc);
      if (offset !== held) {
        throw new ProblemError(409, 'offset-mismatch', `The server holds ${held} bytes of this document`, undefined, offsetHeader(held));
      }
      if (offset + chunk.length > doc.size) {
        throw new ProblemError(422, 'size-mismatch', `The document has ${doc.size} bytes in the manifest`, undefined, offsetHeader(held));
      }
      if (checksumBase64 !== null && !Buffer.from(checksumBase64, 'base64').equals(sha256(chunk))) {
        throw new ProblemError(CHECKSUM_MISMATCH_STATUS, 'checksum-mismatch', 'The chunk was not stored', undefined, offsetHeader(held));
      }
      // Only an empty chunk gets here for a received document (offset = size): nothing to do.
      if (doc.received_at !== null || chunk.length === 0) return held;

      await this.deps.files.writeChunk(id, docId, offset, chunk);
      const next = offset + chunk.length;
      if (next === doc.size) return this.finish(id, doc);
      if (!this.deps.uploads.advance(id, docId, offset, next)) {
        // Another process moved the offset under us: tell the client where things really stand.
        const now = this.row(id, docId).upload_offset;
        throw new ProblemError(409, 'offset-mismatch', `The server holds ${now} bytes of this document`, undefined, offsetHeader(now));
      }
      return next;
    });
  }

  /** The last byte is in: the whole file must be what the manifest promised, or it starts over. */
  private async finish(id: string, doc: DocumentRow): Promise<number> {
    const bytes = await this.deps.files.readPartial(id, doc.doc_id);
    const digestOk = bytes.length === doc.size && sha256(bytes).toString('hex') === doc.sha256;
    if (!digestOk || !bytesMatchMime(bytes, doc.mime)) {
      // Offset first, file second: a crash between the two leaves offset 0 and bytes the next write cuts.
      this.deps.uploads.reset(id, doc.doc_id);
      await this.deps.files.discardPartial(id, doc.doc_id);
      throw digestOk
        ? new ProblemError(422, 'unsupported-media-type', `The file content is not ${doc.mime}`, undefined, offsetHeader(0))
        : new ProblemError(422, 'digest-mismatch', 'The uploaded bytes do not match the manifest sha256', undefined, offsetHeader(0));
    }
    await this.deps.files.promotePartial(id, doc.doc_id);
    this.deps.store.markReceived(id, doc.doc_id, this.deps.now().toISOString());
    return doc.size;
  }

  /**
   * The offset the server can stand behind, repairing what a crash may have left: a checked file moved
   * into place but not yet recorded, or a recorded offset whose partial file is gone.
   */
  private async reconcile(id: string, doc: DocumentRow): Promise<number> {
    if (doc.received_at !== null) return doc.size;
    const { files, store, uploads } = this.deps;
    const whole = await files.readDocument(id, doc.doc_id);
    if (whole !== null && sha256(whole).toString('hex') === doc.sha256 && bytesMatchMime(whole, doc.mime)) {
      store.markReceived(id, doc.doc_id, this.deps.now().toISOString());
      await files.discardPartial(id, doc.doc_id);
      return doc.size;
    }
    if ((await files.partialSize(id, doc.doc_id)) < doc.upload_offset) {
      uploads.reset(id, doc.doc_id);
      return 0;
    }
    return doc.upload_offset;
  }

  private row(id: string, docId: string): DocumentRow {
    const doc = this.deps.store.document(id, docId);
    // Routes check the document exists before calling; manifests never lose entries.
    if (!doc) throw new ProblemError(404, 'unknown-document');
    return doc;
  }
}

function offsetHeader(offset: number): Record<string, string> {
  return { [UPLOAD_OFFSET_HEADER]: String(offset) };
}

function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}
