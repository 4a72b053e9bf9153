import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
  AttestationRow,
  BlobRecord,
  DocumentRow,
  DossierRow,
  DraftPageRow,
  FollowUpRow,
  JournalEntry,
  JournalRow,
  KeyRecord,
  MandateRow,
  OutboxRow,
  ProfileRecord,
  ReceiptRow,
  SettingRecord,
  SigningKeyRecord,
} from './records';
import { DEFAULT_DB_NAME, schemaVersions, type SchemaVersion } from './schema';

/** Typed Dexie database. Rows are typed for writes; reads go through the zod parsers anyway. */
export class RelaisDexie extends Dexie {
  declare readonly dossiers: Table<DossierRow, string>;
  declare readonly documents: Table<DocumentRow, string>;
  declare readonly blobs: Table<BlobRecord, string>;
  declare readonly outbox: Table<OutboxRow, string>;
  declare readonly receipts: Table<ReceiptRow, string>;
  declare readonly settings: Table<SettingRecord, string>;
  declare readonly journal: Table<JournalRow, number, JournalEntry>;
  declare readonly attestations: Table<AttestationRow, string>;
  declare readonly followUps: Table<FollowUpRow, string>;
  declare readonly signingKeys: Table<SigningKeyRecord, string>;
  declare readonly mandates: Table<MandateRow, string>;
  declare readonly keys: Table<KeyRecord, string>;
  declare readonly profiles: Table<ProfileRecord, string>;
  declare readonly draftPages: Table<DraftPageRow, string>;

  constructor(name: string, versions: readonly SchemaVersion[], options?: DexieOptions) {
    super(name, options);
    for (const v of versions) {
      const declared = this.version(v.version).stores({ ...v.stores });
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/**
 * Two connections to the same database. Dexie 4.4 sets IndexedDB durability per Dexie instance
 * (constructor option `chromeTransactionDurability`), not per transaction, so critical writes
 * (filing, receipt, refusal) go through `strict`, which is only confirmed once on disk, while
 * autosave goes through `main` with the browser's fast default. Both see each other's writes and
 * liveQuery is notified by either (Dexie signals mutations by database name).
 */
export interface RelaisDb {
  readonly name: string;
  readonly main: RelaisDexie;
  readonly strict: RelaisDexie;
  close(): void;
}

export function openRelaisDb(
  name: string = DEFAULT_DB_NAME,
  versions: readonly SchemaVersion[] = schemaVersions,
): RelaisDb {
  const main = new RelaisDexie(name, versions);
  const strict = new RelaisDexie(name, versions, { chromeTransactionDurability: 'strict' });
  return {
    name,
    main,
    strict,
    close() {
      main.close();
      strict.close();
    },
  };
}

let defaultDb: RelaisDb | undefined;

/** The app's database, opened on first use (Dexie opens the connection lazily on the first query). */
export function getDb(): RelaisDb {
  defaultDb ??= openRelaisDb();
  return defaultDb;
}

/**
 * `make` applied to the app's database, made once and made again only when the database object
 * changes (a test, or a wipe, opens a new one): how repositories are bound for the screens.
 */
export function boundToAppDb<T>(make: (db: RelaisDb) => T): () => T {
  let bound: { db: RelaisDb; value: T } | undefined;
  return () => {
    const db = getDb();
    if (bound?.db !== db) bound = { db, value: make(db) };
    return bound.value;
  };
}

/** Deletes a whole database (tests, kiosk wipe). Closes our connections first so it is not blocked. */
export async function deleteRelaisDb(db: RelaisDb): Promise<void> {
  db.close();
  if (defaultDb === db) defaultDb = undefined;
  await Dexie.delete(db.name);
}
