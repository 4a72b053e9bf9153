import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';

/**
 * `user_version` tells which schema a data directory holds, so a later version can upgrade it in place
 * instead of guessing from the tables it finds.
 */
const V1 = `
CREATE TABLE IF NOT EXISTS submissions (
  id             TEXT PRIMARY KEY,      -- the Idempotency-Key: the PK is what makes replays safe
  body_hash      TEXT NOT NULL,         -- SHA-256 hex of the canonical body, also the receipt digest
  body_json      TEXT NOT NULL,         -- canonical body, kept as filed
  response_json  TEXT NOT NULL,         -- the first 201 answer, replayed byte for byte
  procedure      TEXT NOT NULL,
  state          TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  completed_at   TEXT,
  receipt_number TEXT UNIQUE,
  receipt_json   TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS documents (
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  doc_id        TEXT NOT NULL,
  position      INTEGER NOT NULL,       -- manifest order, so answers list documents as the client sent them
  type          TEXT NOT NULL,
  mime          TEXT NOT NULL,
  size          INTEGER NOT NULL,
  sha256        TEXT NOT NULL,
  received_at   TEXT,
  PRIMARY KEY (submission_id, doc_id)
) STRICT;
`;

/**
 * v2 ("delivery you can trust"): the prefecture's review, resumable upload offsets, attestations.
 * Only additions, so a v1 data directory upgrades in place and keeps every receipt.
 */
const V2 = `
ALTER TABLE submissions ADD COLUMN review_updated_at TEXT;  -- server time of the last review change
ALTER TABLE submissions ADD COLUMN decision TEXT;           -- granted | refused, once decided
ALTER TABLE documents ADD COLUMN upload_offset INTEGER NOT NULL DEFAULT 0;  -- committed bytes of a resumable upload
CREATE TABLE attestations (
  id               TEXT PRIMARY KEY,
  submission_id    TEXT NOT NULL REFERENCES submissions(id),
  number           TEXT NOT NULL UNIQUE,
  issued_at        TEXT NOT NULL,
  attestation_json TEXT NOT NULL        -- as signed, served byte for byte
) STRICT;
CREATE INDEX attestations_by_submission ON attestations (submission_id, issued_at);
`;

/** MIGRATIONS[v] takes a database from schema v to v + 1. */
const MIGRATIONS = [V1, V2];
const SCHEMA_VERSION = MIGRATIONS.length;

export function openDatabase(file: string): SqliteDatabase {
  const db = new Database(file);
  // WAL lets status reads go on while an upload is being recorded; FULL sync because a receipt that
  // vanishes after a power cut would leave an applicant without proof of filing.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // IMMEDIATE, and the version read inside: the server and the operator tool may open the same data
  // directory at the same moment, and only one of them may run a migration.
  const upgrade = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`Data directory schema v${version} is newer than this server (v${SCHEMA_VERSION})`);
    }
    for (const migration of MIGRATIONS.slice(version)) db.exec(migration);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  try {
    upgrade.immediate();
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
