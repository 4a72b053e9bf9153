import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { constants } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Documents on disk as `<root>/<submissionId>/<docId>`; the database only records that they arrived.
 * A resumable upload grows in `<docId>.part` beside it until its last byte is in and checked.
 */
export class FileStore {
  constructor(private readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  path(submissionId: string, docId: string): string {
    // Ids reach here from the URL: only UUIDs may become path segments.
    if (!UUID.test(submissionId) || !UUID.test(docId)) throw new Error('FileStore: id is not a UUID');
    return join(this.root, submissionId, docId);
  }

  async exists(submissionId: string, docId: string): Promise<boolean> {
    try {
      return (await stat(this.path(submissionId, docId))).isFile();
    } catch {
      return false;
    }
  }

  /**
   * Temp file + fsync + rename: a crash leaves either the old state or the whole file, never half a
   * document that a later "received" flag would vouch for. Concurrent identical PUTs each use their own
   * temp file, and the last rename wins with the same bytes.
   */
  async write(submissionId: string, docId: string, bytes: Buffer): Promise<void> {
    const target = this.path(submissionId, docId);
    const dir = join(this.root, submissionId);
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `.${docId}.${randomUUID()}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  partialPath(submissionId: string, docId: string): string {
    return `${this.path(submissionId, docId)}.part`;
  }

  /** Bytes in the partial file (0 when there is none); may exceed the committed offset after a cut. */
  async partialSize(submissionId: string, docId: string): Promise<number> {
    try {
      return (await stat(this.partialPath(submissionId, docId))).size;
    } catch {
      return 0;
    }
  }

  /**
   * Writes `chunk` at `offset` and fsyncs before returning, so the caller may then record the new
   * offset: whatever the database says was received is on disk. Anything past `offset` (a chunk
   * written but never recorded, because the server died or the client was refused) is cut first.
   */
  async writeChunk(submissionId: string, docId: string, offset: number, chunk: Buffer): Promise<void> {
    await mkdir(join(this.root, submissionId), { recursive: true });
    const handle = await open(this.partialPath(submissionId, docId), constants.O_RDWR | constants.O_CREAT, 0o600);
    try {
      await handle.truncate(offset);
      await handle.write(chunk, 0, chunk.length, offset);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async readPartial(submissionId: string, docId: string): Promise<Buffer> {
    return readFile(this.partialPath(submissionId, docId));
  }

  async readDocument(submissionId: string, docId: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(submissionId, docId));
    } catch {
      return null;
    }
  }

  /** The checked partial file becomes the document: rename is atomic, a reader sees all or nothing. */
  async promotePartial(submissionId: string, docId: string): Promise<void> {
    await rename(this.partialPath(submissionId, docId), this.path(submissionId, docId));
  }

  async discardPartial(submissionId: string, docId: string): Promise<void> {
    await rm(this.partialPath(submissionId, docId), { force: true });
  }
}
