import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { newMandate } from '@/domain';
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
  { from: 2, fixture: 'v2.json' },
  { from: 3, fixture: 'v3.json' },
  { from: 4, fixture: 'v4.json' },
  { from: 5, fixture: 'v5.json' },
];

const keyPaths: Record<string, string> = { receipts: 'submissionId', settings: 'key', journal: 'seq', followUps: 'submissionId', signingKeys: 'kid' };

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
      // Nothing lost, nothing rewritten: every stored row comes back exactly as it was written
      // (a key comes back as the CryptoKey it was imported as: compared by id).
      if (table === 'keys') expect(rows.map((r) => (r as { id: string }).id).sort(), table).toEqual((fixture.tables.keys ?? []).map((r) => (r as { id: string }).id).sort());
      else for (const row of fixture.tables[table] ?? []) expect(rows, table).toContainEqual(row);
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

  it('v2 → v3: receipts from before signatures stay readable and the follow-up tables work', async () => {
    const fixture = loadFixture('v2.json');
    const db = (opened = await openUpgradedFrom(fixture));
    const storage = createStorage(db);
    const followed = await storage.listFollowedSubmissions();
    expect(followed).toHaveLength(1);
    const [{ submissionId, dossierId } = { submissionId: '', dossierId: '' }] = followed;
    const receipt = await storage.getReceipt(dossierId);
    expect(receipt).toMatchObject({ submissionId, number: 'ANEF-2026-000456' });
    expect(receipt).not.toHaveProperty('signature');

    expect(await storage.getFollowUp(dossierId)).toBeUndefined();
    expect(await storage.listAttestations(dossierId)).toEqual([]);
    await storage.recordFollowUp(submissionId, { review: { stage: 'received', updatedAt: '2026-02-02T09:00:00.000Z' }, attestations: [], checkedAt: 1 });
    expect(await storage.getFollowUp(dossierId)).toMatchObject({ review: { stage: 'received' } });
    await storage.saveSigningKeys([{ kid: 'k1', kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }]);
    expect(await storage.getSigningKey('k1')).toMatchObject({ kid: 'k1' });
    // The history kept its v2 lines and continues after them.
    const kinds = (await storage.listJournal(dossierId)).map((e) => e.kind);
    expect(kinds).toEqual(['created', 'answers-changed', 'document-added', 'filed', 'delivered', 'review-changed']);
  });

  it('v5 → v6: sealed dossiers stay readable, and pages photographed but not saved are kept, then erased with their dossier', async () => {
    const fixture = loadFixture('v5.json');
    const db = (opened = await openUpgradedFrom(fixture));
    const storage = createStorage(db);
    const dossiers = await storage.listDossiers();
    const draft = dossiers.find((d) => d.status === 'draft');
    if (!draft || draft.locked) throw new Error('the v5 fixture has a draft dossier, open');
    expect(await storage.listDraftPages(draft.id, 'passport')).toEqual([]);
    const quality = { width: 1200, height: 1700, brightness: 180, sharpness: 900, warnings: [] };
    const page = (id: string, byte: number) => ({ id, name: 'passeport.jpg', jpeg: new Uint8Array([0xff, 0xd8, byte]).buffer, width: 1200, height: 1700, cropped: true, quality });
    await storage.saveDraftPages(draft.id, 'passport', [page('p1', 1), page('p2', 2)]);
    await storage.saveDraftPages(draft.id, 'proof-of-address', [page('a1', 3)]);
    // Reordered, one retaken (same id, new bytes), one removed: what is stored follows.
    await storage.saveDraftPages(draft.id, 'passport', [page('p2', 2), page('p1', 9)]);
    const pages = await storage.listDraftPages(draft.id, 'passport');
    expect(pages.map((p) => [p.id, new Uint8Array(p.jpeg)[2]])).toEqual([['p2', 2], ['p1', 9]]);
    expect((await storage.listDraftPages(draft.id, 'proof-of-address')).map((p) => p.id)).toEqual(['a1']);
    // Sealed: neither the type nor the bytes are in clear.
    const rows = await db.main.draftPages.toArray();
    expect(JSON.stringify(rows)).not.toContain('passport');
    await storage.eraseDossier(draft.id);
    expect(await db.main.draftPages.count()).toBe(0);
  });

  it('v3 → v4: a dossier stored before mandates existed takes one, and its history goes on', async () => {
    const fixture = loadFixture('v3.json');
    const db = (opened = await openUpgradedFrom(fixture));
    const storage = createStorage(db);
    const [dossier] = (await storage.listDossiers()).filter((d) => d.status === 'delivered');
    if (!dossier || dossier.locked) throw new Error('the v3 fixture has a delivered dossier, open');
    const before = (await storage.listJournal(dossier.id)).map((e) => e.kind);
    expect(await storage.listMandates(dossier.id)).toEqual([]);

    const now = Date.parse('2026-03-01T10:00:00.000Z');
    const mandate = newMandate(
      { applicantName: 'Karim Exemple', mediatorName: 'Léa Martin', structure: 'PAN', duration: '1-year' },
      { id: crypto.randomUUID(), dossierId: dossier.id, applicantLanguage: dossier.language, now },
    );
    const stored = await storage.recordMandate(mandate);
    expect(await storage.activeMandate(dossier.id, now)).toEqual(stored);
    await storage.revokeMandate(mandate.id, now + 1000);
    expect((await storage.listJournal(dossier.id)).map((e) => e.kind)).toEqual([...before, 'mandate-recorded', 'mandate-revoked']);
    // Lines written by v3 parse with the v4 journal schema (no mandate digest on them).
    expect(before).toContain('attestation-issued');
  });
});

function latestVersion(): number {
  return Math.max(...schemaVersions.map((v) => v.version));
}
