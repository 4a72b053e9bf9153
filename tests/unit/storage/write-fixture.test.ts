import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage, deleteRelaisDb, openRelaisDb, schemaVersions, settingsRepository, type RelaisDb } from '@/storage';
import { newMandate } from '@/domain';
import { readyDossier } from './testDb';
import { dumpDatabase, fixtureText } from './upgrade-harness';

/*
 * Writes tests/fixtures/storage/v<N>.json from a database filled by TODAY's repositories, so a
 * fixture is what real code stored, not what someone remembers it stored. Run it once, just before
 * adding version N+1, while N is still the newest version:
 *
 *   WRITE_STORAGE_FIXTURE=<N> npx vitest run --project unit tests/unit/storage/write-fixture.test.ts
 *
 * Never regenerate an older fixture afterwards: the code that wrote it no longer exists.
 */
const requested = Number(process.env.WRITE_STORAGE_FIXTURE ?? 0);
const newest = Math.max(...schemaVersions.map((v) => v.version));

let db: RelaisDb | undefined;
afterEach(async () => {
  vi.useRealTimers();
  if (db) await deleteRelaisDb(db);
  db = undefined;
});

describe.runIf(requested > 0)('storage fixture writer', () => {
  it(`writes v${requested}.json`, async () => {
    expect(requested, 'only the newest version can be written by today\'s code').toBe(newest);
    // Only Date is faked (IndexedDB needs real timers): readable, stable timestamps.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-01T09:00:00.000Z'));
    db = openRelaisDb(`fixture-${crypto.randomUUID()}`);
    // An extractable device key, stored before anything is sealed (the vault uses the one it finds),
    // so the fixture can hold it and be opened (the app's own is never extractable).
    const deviceKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    await db.main.keys.put({ id: 'device', key: deviceKey, createdAt: Date.now() });
    await fillScenario(db);
    const fixture = await dumpDatabase(db.main);
    expect(fixture.version).toBe(requested);
    writeFileSync(fileURLToPath(new URL(`../../fixtures/storage/v${requested}.json`, import.meta.url)), fixtureText(fixture));
  });
});

/**
 * A delivered dossier with its receipt (unsigned, as before v3) and its follow-up (a review stage,
 * an attestation, the server's key), one waiting in the outbox after failures with its progress,
 * one draft; mandates (v4): one revoked, one in force; pages photographed for the draft (v6). A new
 * version adds what it stores here before its own fixture is written.
 */
async function fillScenario(target: RelaisDb): Promise<void> {
  const storage = createStorage(target);
  const tick = () => vi.advanceTimersByTime(60_000);

  const delivered = await readyDossier(storage, 1, { familyName: 'Exemple', givenNames: 'Karim', hasChildren: true });
  tick();
  const sent = await storage.fileDossier(delivered.dossier.id, delivered.request);
  await storage.applyDossierEvent(delivered.dossier.id, 'send');
  tick();
  // Receipts of this version carry no signature: that is exactly what later versions must still read.
  await storage.recordDelivery(sent.id, {
    submissionId: sent.id,
    number: 'ANEF-2026-000456',
    filedAt: new Date(Date.now()).toISOString(),
    digest: sent.bodySha256,
  });

  tick();
  const waiting = await readyDossier(storage, 2, { familyName: 'Exemple', givenNames: 'Awa', hasChildren: false, arrivalDate: null });
  const queued = await storage.fileDossier(waiting.dossier.id, waiting.request);
  tick();
  await storage.updateOutbox(queued.id, { attempts: 2, nextAttemptAt: Date.now() + 120_000, lastError: { kind: 'offline', at: Date.now() } });
  await storage.setOutboxProgress(queued.id, { documentsDone: 1, documentsTotal: 2, bytesSent: 40, bytesTotal: 90, updatedAt: Date.now() });

  tick();
  await storage.saveSigningKeys([{ kid: 'relais-2026', kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }]);
  await storage.recordFollowUp(sent.id, {
    review: { stage: 'under-review', updatedAt: new Date(Date.now()).toISOString() },
    attestations: [{
      id: '5b0e7c1a-2f3d-4e5b-9c6d-7e8f9a0b1c2d',
      submissionId: sent.id,
      number: 'API-2026-000789',
      kind: 'prolongation-instruction',
      issuedAt: new Date(Date.now()).toISOString(),
      validUntil: '2026-05-01',
      keyId: 'relais-2026',
      signature: 'MEUCIQDx'.repeat(10),
    }],
    checkedAt: Date.now(),
  });

  // v4: a revoked mandate on the delivered dossier and one in force on the waiting one.
  tick();
  const ended = newMandate(
    { applicantName: 'Karim Exemple', mediatorName: 'Léa Médiatrice', structure: 'PAN de la préfecture', duration: '1-year' },
    { id: '0d7e3c55-7b4a-4f1e-9b7e-3a0c9e8d1f21', dossierId: delivered.dossier.id, applicantLanguage: 'fr', now: Date.now() },
  );
  await storage.recordMandate(ended);
  tick();
  await storage.revokeMandate(ended.id, Date.now());
  await storage.recordMandate(
    newMandate(
      { applicantName: 'Awa Exemple', mediatorName: 'Léa Médiatrice', structure: 'PAN de la préfecture', duration: '6-months' },
      { id: '6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', dossierId: waiting.dossier.id, applicantLanguage: 'ar', now: Date.now() },
    ),
  );

  tick();
  const draft = await storage.createDossier({ procedureId: 'address-change', procedureVersion: '2026.1', language: 'en', firstStep: 'identity' });
  await storage.saveAnswers(draft.id, { familyName: 'Exemple' });
  // v6: two pages photographed for the draft's passport, not yet saved as its PDF.
  const quality = { width: 1240, height: 1754, brightness: 182, sharpness: 850, warnings: [] };
  await storage.saveDraftPages(draft.id, 'passport', [
    { id: '3b9d2c4e-1f0a-4c3b-9d8e-7f6a5b4c3d2e', name: 'passeport.jpg', jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]).buffer, width: 1240, height: 1754, cropped: true, quality },
    { id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', name: 'passeport.jpg', jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 2]).buffer, width: 1240, height: 1754, cropped: false, quality },
  ]);
  await settingsRepository(target).setPreferredLanguage('ar');
}
