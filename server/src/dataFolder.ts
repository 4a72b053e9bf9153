import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { openDatabase } from './db';
import { FileStore } from './fileStore';
import { ReviewStore } from './reviewStore';
import { Signer } from './signer';
import { loadOrCreateSigningKey } from './signingKey';
import { SubmissionStore } from './submissionStore';
import { UploadStore } from './uploadStore';

/** Everything a data folder holds, opened once; shared by the server and the operator tool. */
export interface DataFolder {
  dir: string;
  db: SqliteDatabase;
  store: SubmissionStore;
  uploads: UploadStore;
  reviews: ReviewStore;
  files: FileStore;
  signer: Signer;
}

/**
 * Opens (creating when missing) relais.sqlite, documents/ and signing-key.json under `dataDir`.
 * SQLite in WAL mode lets the operator tool work on the folder while the server runs.
 */
export function openDataFolder(dataDir: string): DataFolder {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const signer = new Signer(loadOrCreateSigningKey(dir));
  const db = openDatabase(join(dir, 'relais.sqlite'));
  return {
    dir,
    db,
    store: new SubmissionStore(db),
    uploads: new UploadStore(db),
    reviews: new ReviewStore(db),
    files: new FileStore(join(dir, 'documents')),
    signer,
  };
}
