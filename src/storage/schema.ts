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
  {
    version: 2,
    stores: {
      // The dossier's history (created, changed, documents, filed, receipt): append-only.
      journal: '++seq, dossierId',
    },
    // Dossiers made before the history existed still start with their creation.
    upgrade: async (tx) => {
      const dossiers = (await tx.table('dossiers').toArray()) as { id?: unknown; createdAt?: unknown }[];
      const entries = dossiers
        .filter((d) => typeof d.id === 'string' && typeof d.createdAt === 'number')
        .map((d) => ({ dossierId: d.id, at: d.createdAt, kind: 'created' }));
      await tx.table('journal').bulkAdd(entries);
    },
  },
  {
    version: 3,
    stores: {
      // What the national API said after filing; kept until the applicant removes the dossier.
      attestations: '&id, dossierId, submissionId',
      // One row per filed submission: the review stage and when it was last checked.
      followUps: '&submissionId, dossierId',
      // The server's public keys (trust on first use), so signatures are checked offline.
      signingKeys: '&kid',
    },
  },
  {
    version: 4,
    stores: {
      // The mediator's mandates (Aidants Connect model): what the person agreed to, and its revocation.
      mandates: '&id, dossierId',
    },
  },
  {
    version: 5,
    stores: {
      // The device key (src/storage/vault.ts): a non-extractable CryptoKey that seals what the
      // service worker must read with the app closed (the outbox and a filed dossier's documents).
      keys: '&id',
      // Mediators' profiles: a name, and the key envelope that only their personal code opens.
      profiles: '&id',
      // Whose dossier it is on a shared tablet: each mediator lists only their own.
      dossiers: '&id, updatedAt, status, ownerId',
    },
  },
  {
    version: 6,
    stores: {
      // Pages photographed for a document and not yet saved as its PDF: kept from the moment each
      // is taken, so "Next", a reload or a killed browser loses none (src/storage/draftPages.ts).
      draftPages: '&id, dossierId',
    },
  },
];

export const DEFAULT_DB_NAME = 'relais';

export const tableNames = [
  'dossiers',
  'documents',
  'blobs',
  'outbox',
  'receipts',
  'settings',
  'journal',
  'attestations',
  'followUps',
  'signingKeys',
  'mandates',
  'keys',
  'profiles',
  'draftPages',
] as const;
export type TableName = (typeof tableNames)[number];
