import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Documents on disk as `<root>/<submissionId>/<docId>`; the database only records that they arrived. */
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
}
