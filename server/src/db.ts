import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';

/**
 * `user_version` tells which schema a data directory holds, so a later version can upgrade it in place
 * instead of guessing from the tables it finds.
 */
const SCHEMA_VERSION = 1;

const SCHEMA = `
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

export function openDatabase(file: string): SqliteDatabase {
  const db = new Database(file);
  // WAL lets status reads go on while an upload is being recorded; FULL sync because a receipt that
  // vanishes after a power cut would leave an applicant without proof of filing.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`Data directory schema v${version} is newer than this server (v${SCHEMA_VERSION})`);
  }
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}
