import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelaisDexie, openRelaisDb, schemaVersions, type RelaisDb } from '@/storage';

/**
 * Upgrade harness: builds a database exactly as an OLD build left it (only the schema versions up
 * to `version`), fills it from a fixture written by that version, then opens it with today's schema
 * (which runs every later upgrade) and hands the database back for assertions.
 *
 * Fixture format: `{ "version": n, "tables": { "<table>": [rows] } }`. JSON has no bytes, so an
 * ArrayBuffer is written `{ "$bytes": "<base64>" }` and a Uint8Array (a sealed value's IV and
 * ciphertext, since v5) `{ "$u8": "<base64>" }`, and revived here. The device key of a sealed
 * fixture is written `{ "$aesKey": "<base64 raw key>" }`: the writer stores an extractable one so
 * that the fixture can be opened at all (the app's own device key is never extractable).
 */
export interface StorageFixture {
  version: number;
  tables: Record<string, unknown[]>;
}

export function loadFixture(fileName: string): StorageFixture {
  const url = new URL(`../../fixtures/storage/${fileName}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'), revive) as StorageFixture;
}

function revive(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && '$bytes' in value) {
    const bytes = Buffer.from(String(value.$bytes), 'base64');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  if (value !== null && typeof value === 'object' && '$u8' in value) return new Uint8Array(Buffer.from(String(value.$u8), 'base64'));
  return value;
}

/** The device key of a sealed fixture, back as the non-extractable CryptoKey the app keeps. */
async function importKeys(rows: unknown[]): Promise<unknown[]> {
  return Promise.all(
    rows.map(async (row) => {
      const key = (row as { key?: unknown }).key;
      if (key === null || typeof key !== 'object' || !('$aesKey' in key)) return row;
      const raw = Buffer.from(String(key.$aesKey), 'base64');
      return { ...(row as object), key: await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']) };
    }),
  );
}

export async function openUpgradedFrom(
  fixture: StorageFixture,
  name = `upgrade-${fixture.version}-${crypto.randomUUID()}`,
): Promise<RelaisDb> {
  const old = new RelaisDexie(
    name,
    schemaVersions.filter((v) => v.version <= fixture.version),
  );
  await old.open();
  if (old.verno !== fixture.version) throw new Error(`Opened v${old.verno}, fixture is v${fixture.version}`);
  const keys = fixture.tables.keys ? await importKeys(fixture.tables.keys) : undefined;
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(table === 'keys' && keys ? keys : rows);
  });
  old.close();
  const latest = openRelaisDb(name);
  await latest.main.open();
  return latest;
}

/**
 * The other direction: a database as a fixture. Used once per schema version, by the build that
 * still writes that version (write-fixture.test.ts), so the fixture is what real code stored.
 */
export async function dumpDatabase(db: RelaisDexie): Promise<StorageFixture> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      const rows = await table.toArray();
      if (rows.length > 0) tables[table.name] = rows;
    }
  });
  // Exported after the transaction (Web Crypto inside it would let IndexedDB commit early).
  if (tables.keys) {
    tables.keys = await Promise.all(
      tables.keys.map(async (row) => {
        const key = (row as { key: CryptoKey }).key;
        return { ...(row as object), key: { $aesKey: Buffer.from(await crypto.subtle.exportKey('raw', key)).toString('base64') } };
      }),
    );
  }
  return { version: db.verno, tables };
}

export function fixtureText(fixture: StorageFixture): string {
  return `${JSON.stringify(fixture, replaceBytes, 2)}\n`;
}

function replaceBytes(_key: string, value: unknown): unknown {
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    return { $bytes: Buffer.from(value as ArrayBuffer).toString('base64') };
  }
  if (value instanceof Uint8Array) return { $u8: Buffer.from(value).toString('base64') };
  return value;
}
