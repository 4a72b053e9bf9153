import type { Transaction } from 'dexie';

/**
 * One entry per IndexedDB schema version, oldest first. Versions only ADD (tables, indexes, an upgrade
 * that fills a new field): an installed app must be able to open any older database and nothing that
 * was stored may be lost. Dexie inherits the stores of earlier versions, so a new entry lists only
 * what it adds. Each new version needs a fixture of the previous one in tests/fixtures/storage/ and
 * one line in tests/unit/storage/upgrade.test.ts.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string>>;
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      dossiers: '&id, updatedAt, status',
      documents: '&id, dossierId',
      // Bytes live apart from metadata so that listing documents never loads megabytes.
      blobs: '&id',
      outbox: '&id, dossierId, nextAttemptAt',
      receipts: '&submissionId, dossierId',
      // Device preferences (the interface language): never personal data, never in localStorage.
      settings: '&key',
    },
  },
];

export const DEFAULT_DB_NAME = 'relais';

export const tableNames = ['dossiers', 'documents', 'blobs', 'outbox', 'receipts', 'settings'] as const;
export type TableName = (typeof tableNames)[number];
