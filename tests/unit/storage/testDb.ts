import type { SubmissionRequest } from '@/contract';
import {
  createStorage,
  deleteRelaisDb,
  openRelaisDb,
  type DocumentRecord,
  type DossierRecord,
  type DossierView,
  ownerCodeRepository,
  profileRepository,
  type OwnerCodeRepository,
  type ProfileRepository,
  type Storage,
} from '@/storage';

/** The dossier as read, which the test expects to open (its key held): a locked one fails the test. */
export function opened(view: DossierView | undefined): DossierRecord {
  if (!view) throw new Error('the dossier is not on the device');
  if (view.locked) throw new Error(`dossier ${view.id} is locked`);
  return view;
}

/** A fresh, uniquely named database per test (fake-indexeddb lives for the whole worker). */
export function freshStorage(prefix = 'test'): Storage {
  return createStorage(openRelaisDb(`${prefix}-${crypto.randomUUID()}`));
}

export async function dropStorage(storage: Storage): Promise<void> {
  await deleteRelaisDb(storage.db);
}

export function bytesOf(text: string): ArrayBuffer {
  const view = new TextEncoder().encode(text);
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
}

/** A dossier in status 'ready' with `documents` small PDFs, and the request that files it. */
/** A PDF-looking file of at least `size` bytes, with content that varies (no run of one byte). */
function paddedPdf(head: string, size: number): ArrayBuffer {
  const start = new Uint8Array(bytesOf(head));
  const bytes = new Uint8Array(Math.max(size, start.length));
  bytes.set(start);
  for (let i = start.length; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  return bytes.buffer;
}

export async function readyDossier(
  storage: Storage,
  documents = 1,
  answers: Record<string, string | boolean | null> = { familyName: 'Exemple', givenNames: 'Awa' },
  /** Pads each PDF to this many bytes (a real-sized scan for upload tests). */
  padTo = 0,
): Promise<{ dossier: DossierRecord; docs: DocumentRecord[]; request: SubmissionRequest }> {
  const created = await storage.createDossier({
    procedureId: 'renewal-vpf',
    procedureVersion: '2026.1',
    language: 'fr',
    firstStep: 'identity',
  });
  await storage.saveAnswers(created.id, answers);
  const docs: DocumentRecord[] = [];
  for (let i = 0; i < documents; i++) {
    docs.push(
      await storage.addDocument({
        dossierId: created.id,
        type: 'passport',
        name: `scan-${i}.pdf`,
        mime: 'application/pdf',
        bytes: paddedPdf(`%PDF-1.4\n% page ${i} of ${created.id}\n%%EOF\n`, padTo),
      }),
    );
  }
  const dossier = opened(await storage.applyDossierEvent(created.id, 'completed'));
  const request: SubmissionRequest = {
    procedure: dossier.procedureId,
    procedureVersion: dossier.procedureVersion,
    language: dossier.language,
    answers: dossier.answers,
    documents: docs.map((d) => ({ id: d.id, type: d.type, mime: d.mime, size: d.size, sha256: d.sha256 })),
  };
  return { dossier, docs, request };
}

/** A dossier filed, sent and delivered with an unsigned receipt: what follow-ups start from. */
export async function deliveredDossier(storage: Storage): Promise<{ dossier: DossierRecord; submissionId: string }> {
  const { dossier, request } = await readyDossier(storage);
  const row = await storage.fileDossier(dossier.id, request);
  await storage.applyDossierEvent(dossier.id, 'send');
  await storage.recordDelivery(row.id, {
    submissionId: row.id,
    number: 'ANEF-2026-000001',
    filedAt: '2026-03-01T09:00:00.000Z',
    digest: row.bodySha256,
  });
  return { dossier, submissionId: row.id };
}

/**
 * Profiles and the phone owner's code, at a low PBKDF2 count (the real one is measured in
 * crypto/pbkdf2.test.ts): two valid codes and a fixed start time for the lockout's clock.
 */
export const FAST_KDF = { iterations: 1_000 };
export const CODE_A = '482916';
export const CODE_B = '730518';
export const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);

export type ProfileStorage = Storage & ProfileRepository & OwnerCodeRepository;
export function freshProfileStorage(prefix: string): ProfileStorage {
  const fresh = freshStorage(prefix);
  return { ...fresh, ...profileRepository(fresh.db), ...ownerCodeRepository(fresh.db) };
}
