import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  createStorage,
  deleteRelaisDb,
  recordSchemas,
  schemaVersions,
  tableNames,
  type RelaisDb,
} from '@/storage';
import { loadFixture, openUpgradedFrom } from './upgrade-harness';

/** One line per schema version that has ever shipped: its fixture must open with today's schema. */
const upgrades = [
  { from: 1, fixture: 'v1.json' },
  // { from: 2, fixture: 'v2.json' },
];

const keyPaths: Record<string, string> = { receipts: 'submissionId', settings: 'key', journal: 'seq' };

/** Rows an upgrade creates: v2 starts every existing dossier's history with its creation. */
function expectedRows(table: string, fixture: { version: number; tables: Record<string, unknown[]> }): number {
  if (table === 'journal' && fixture.version < 2) return fixture.tables.dossiers?.length ?? 0;
  return fixture.tables[table]?.length ?? 0;
}
let opened: RelaisDb | undefined;
afterEach(async () => {
  if (opened) await deleteRelaisDb(opened);
  opened = undefined;
});

describe('schema upgrades', () => {
  it('covers every shipped version but the newest with a fixture', () => {
    const covered = upgrades.map((u) => u.from);
    const older = schemaVersions.map((v) => v.version).filter((v) => v < latestVersion());
    for (const version of older) expect(covered).toContain(version);
  });

  it.each(upgrades)('opens a v$from database with the latest schema and keeps every record', async ({ from, fixture: file }) => {
    const fixture = loadFixture(file);
    expect(fixture.version).toBe(from);
    const db = (opened = await openUpgradedFrom(fixture));
    expect(db.main.verno).toBe(latestVersion());

    for (const table of tableNames) {
      const rows = await db.main.table(table).toArray();
      expect(rows.length, table).toBe(expectedRows(table, fixture));
      const keyPath = keyPaths[table] ?? 'id';
      for (const row of rows) {
        const parsed = z.safeParse(recordSchemas[table], row);
        expect(parsed.success, `${table} ${String((row as Record<string, unknown>)[keyPath])}`).toBe(true);
      }
    }

    // And through the repositories the app uses, not only raw tables.
    const storage = createStorage(db);
    expect(await storage.listDossiers()).toHaveLength(fixture.tables.dossiers?.length ?? 0);
    const outbox = await storage.listOutbox();
    const row = outbox[0];
    expect(row).toBeDefined();
    if (!row) return;
    const docId = row.documentIds[0] ?? '';
    const doc = await storage.getDocument(docId);
    const bytes = await storage.getDocumentBytes(docId);
    expect(bytes.byteLength).toBe(doc?.size);
    const receipts = await Promise.all((await storage.listDossiers()).map((d) => storage.getReceipt(d.id)));
    expect(receipts.filter(Boolean)).toHaveLength(fixture.tables.receipts?.length ?? 0);
  });
});

function latestVersion(): number {
  return Math.max(...schemaVersions.map((v) => v.version));
}
