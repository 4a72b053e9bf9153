import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RecordNotFoundError,
  StorageError,
  setStorageLogger,
  type FollowUpRecord,
  type Storage,
} from '@/storage';
import { failWrites, spyDurability } from './middleware';
import { deliveredDossier, dropStorage, freshStorage, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage('follow-up');
});
afterEach(async () => {
  setStorageLogger(null);
  await dropStorage(storage);
});

const attestation = (submissionId: string, n: number, issuedAt = `2026-0${n + 3}-01T08:00:00.000Z`) => ({
  id: `0000000${n}-0000-4000-8000-000000000000`,
  submissionId,
  number: `API-2026-00${n}`,
  kind: 'prolongation-instruction' as const,
  issuedAt,
  validUntil: `2026-0${n + 6}-01`,
  keyId: 'relais-2026',
  signature: 'c2lnbmF0dXJl'.repeat(7),
});
const received = { stage: 'received' as const, updatedAt: '2026-03-02T08:00:00.000Z' };
const underReview = { stage: 'under-review' as const, updatedAt: '2026-04-01T08:00:00.000Z' };

const history = async (dossierId: string) =>
  (await storage.listJournal(dossierId))
    .filter((e) => e.kind === 'review-changed' || e.kind === 'attestation-issued')
    .map((e) => [e.kind, e.reviewStage ?? e.attestationNumber, e.decision].filter(Boolean).join(':'));

describe('followed submissions', () => {
  it('lists every delivered dossier that has its receipt, and nothing still on the way', async () => {
    expect(await storage.listFollowedSubmissions()).toEqual([]);
    const first = await deliveredDossier(storage);
    const { dossier: waiting, request } = await readyDossier(storage);
    await storage.fileDossier(waiting.id, request);
    const second = await deliveredDossier(storage);
    expect(await storage.listFollowedSubmissions()).toEqual([
      { submissionId: first.submissionId, dossierId: first.dossier.id },
      { submissionId: second.submissionId, dossierId: second.dossier.id },
    ]);
  });
});

describe('recordFollowUp', () => {
  it('stores the review, the attestations and their history in one strict transaction', async () => {
    const seen = spyDurability(storage.db.strict); // middlewares go in before the database opens
    const { dossier, submissionId } = await deliveredDossier(storage);
    seen.length = 0;
    const saved = await storage.recordFollowUp(submissionId, { review: underReview, attestations: [attestation(submissionId, 1)], checkedAt: 1000 });

    expect(seen).toEqual(['strict']);
    expect(saved).toEqual({ submissionId, dossierId: dossier.id, review: underReview, checkedAt: 1000 });
    expect(await storage.getFollowUp(dossier.id)).toEqual(saved);
    expect(await storage.listAttestations(dossier.id)).toEqual([{ ...attestation(submissionId, 1), dossierId: dossier.id, storedAt: 1000 }]);
    expect(await history(dossier.id)).toEqual(['review-changed:under-review', 'attestation-issued:API-2026-001']);
  });

  it('is idempotent: the same answer twice adds no attestation and no history line', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const answer = { review: received, attestations: [attestation(submissionId, 1), attestation(submissionId, 1)] };
    await storage.recordFollowUp(submissionId, { ...answer, checkedAt: 1000 });
    const journalBefore = await storage.listJournal(dossier.id);
    await storage.recordFollowUp(submissionId, { ...answer, checkedAt: 2000 });

    expect(await storage.listAttestations(dossier.id)).toHaveLength(1);
    expect(await storage.listJournal(dossier.id)).toEqual(journalBefore);
    expect((await storage.getFollowUp(dossier.id))?.checkedAt).toBe(2000);
  });

  it('writes a line per stage change and per new attestation, oldest first', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    await storage.recordFollowUp(submissionId, { review: received, attestations: [], checkedAt: 1 });
    await storage.recordFollowUp(submissionId, { review: underReview, attestations: [attestation(submissionId, 2), attestation(submissionId, 1)], checkedAt: 2 });
    const decided = { stage: 'decided' as const, decision: 'granted' as const, updatedAt: '2026-06-01T08:00:00.000Z' };
    await storage.recordFollowUp(submissionId, { review: decided, attestations: [attestation(submissionId, 1), attestation(submissionId, 2)], checkedAt: 3 });

    expect(await history(dossier.id)).toEqual([
      'review-changed:received',
      'review-changed:under-review',
      'attestation-issued:API-2026-001',
      'attestation-issued:API-2026-002',
      'review-changed:decided:granted',
    ]);
  });

  it('keeps the newest review: an older answer or no review at all never moves the stage back', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    await storage.recordFollowUp(submissionId, { review: underReview, attestations: [], checkedAt: 2 });
    await storage.recordFollowUp(submissionId, { review: received, attestations: [], checkedAt: 3 });
    await storage.recordFollowUp(submissionId, { attestations: [], checkedAt: 4 });

    expect(await storage.getFollowUp(dossier.id)).toMatchObject({ review: underReview, checkedAt: 4 });
    expect(await history(dossier.id)).toEqual(['review-changed:under-review']);
  });

  it('two contexts checking at once: the later-stored one is prepared again, so the stage never goes back and each change has one line', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    await Promise.all([
      storage.recordFollowUp(submissionId, { review: underReview, attestations: [], checkedAt: 2 }),
      storage.recordFollowUp(submissionId, { review: received, attestations: [], checkedAt: 3 }),
    ]);
    expect((await storage.getFollowUp(dossier.id))?.review).toEqual(underReview);
    const lines = await history(dossier.id);
    expect(lines.filter((line) => line === 'review-changed:under-review')).toHaveLength(1);
    expect(lines.at(-1)).toBe('review-changed:under-review');
  });

  it('refuses an attestation of another submission and a submission without a receipt', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const other = crypto.randomUUID();
    await expect(storage.recordFollowUp(submissionId, { attestations: [attestation(other, 1)], checkedAt: 1 })).rejects.toBeInstanceOf(StorageError);
    await expect(storage.recordFollowUp(other, { attestations: [], checkedAt: 1 })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await storage.getFollowUp(dossier.id)).toBeUndefined();
    expect(await storage.listAttestations(dossier.id)).toEqual([]);
  });

  it('is atomic: if the history cannot be written, no attestation and no follow-up remain', async () => {
    let armed = false;
    failWrites(storage.db.strict, (table) => (armed && table === 'journal' ? new Error('boom') : null));
    const { dossier, submissionId } = await deliveredDossier(storage);
    armed = true;
    await expect(storage.recordFollowUp(submissionId, { review: received, attestations: [attestation(submissionId, 1)], checkedAt: 1 })).rejects.toThrow();
    expect(await storage.getFollowUp(dossier.id)).toBeUndefined();
    expect(await storage.listAttestations(dossier.id)).toEqual([]);
  });
});

describe('failed checks', () => {
  it('marks a followed submission as possibly stale until the next successful check', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    expect(await storage.recordFollowUpFailure(submissionId, 5)).toBeUndefined();
    expect(await storage.getFollowUp(dossier.id)).toBeUndefined();

    await storage.recordFollowUp(submissionId, { review: received, attestations: [], checkedAt: 10 });
    await storage.recordFollowUpFailure(submissionId, 20);
    expect(await storage.getFollowUp(dossier.id)).toEqual({ submissionId, dossierId: dossier.id, review: received, checkedAt: 10, lastCheckFailedAt: 20 });
    await storage.recordFollowUp(submissionId, { attestations: [], checkedAt: 30 });
    expect(await storage.getFollowUp(dossier.id)).not.toHaveProperty('lastCheckFailedAt');
  });
});

describe('attestations on the device', () => {
  it('lists oldest first by the server time, whatever the precision of the ISO text', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const later = attestation(submissionId, 1, '2026-04-01T08:00:00Z');
    const earlier = attestation(submissionId, 2, '2026-04-01T07:59:59.500Z');
    await storage.recordFollowUp(submissionId, { attestations: [later, earlier], checkedAt: 1 });
    expect((await storage.listAttestations(dossier.id)).map((a) => a.number)).toEqual([earlier.number, later.number]);
  });
});

describe('damaged follow-up rows', () => {
  it('skips and logs a damaged attestation; the next check puts the server copy back', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const good = attestation(submissionId, 1);
    await storage.recordFollowUp(submissionId, { attestations: [good, attestation(submissionId, 2)], checkedAt: 1 });
    // One bit of the sealed content flipped: it no longer opens.
    const stored = await storage.db.main.attestations.get(good.id);
    if (!stored || !('content' in stored)) throw new Error('sealed');
    const ct = new Uint8Array(stored.content.ct.slice(0));
    ct[0] = (ct[0] ?? 0) ^ 1;
    await storage.db.main.attestations.put({ ...stored, content: { ...stored.content, ct: ct.buffer } });
    const log = vi.fn();
    setStorageLogger(log);

    expect((await storage.listAttestations(dossier.id)).map((a) => a.number)).toEqual(['API-2026-002']);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ table: 'attestations', key: good.id, paths: ['content'] }));
    const linesBefore = (await storage.listJournal(dossier.id)).length;
    await storage.recordFollowUp(submissionId, { attestations: [good], checkedAt: 2 });
    expect(await storage.listAttestations(dossier.id)).toHaveLength(2);
    expect(await storage.listJournal(dossier.id)).toHaveLength(linesBefore);
  });

  it('keeps listing an attestation whose signature was altered, so the screen can say so', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    const issued = attestation(submissionId, 1);
    await storage.recordFollowUp(submissionId, { attestations: [issued], checkedAt: 1 });
    // In the pre-v5 clear shape (a sealed one altered on disk does not open: see above).
    await storage.db.main.attestations.put({ ...issued, dossierId: dossier.id, storedAt: 1, signature: 'forged signature' });
    expect(await storage.listAttestations(dossier.id)).toMatchObject([{ id: issued.id, signature: 'forged signature' }]);
  });

  it('a damaged follow-up reads as absent and is replaced by the next check', async () => {
    const { dossier, submissionId } = await deliveredDossier(storage);
    await storage.db.main.followUps.put({ submissionId, dossierId: dossier.id, checkedAt: 'yesterday' } as unknown as FollowUpRecord);
    expect(await storage.getFollowUp(dossier.id)).toBeUndefined();
    expect(await storage.recordFollowUpFailure(submissionId, 1)).toBeUndefined();
    await storage.recordFollowUp(submissionId, { review: received, attestations: [], checkedAt: 2 });
    expect(await storage.getFollowUp(dossier.id)).toMatchObject({ review: received, checkedAt: 2 });
  });
});
