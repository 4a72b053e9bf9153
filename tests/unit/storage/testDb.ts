import type { SubmissionRequest } from '@/contract';
import {
  createStorage,
  deleteRelaisDb,
  openRelaisDb,
  type DocumentRecord,
  type DossierRecord,
  type Storage,
} from '@/storage';

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
export async function readyDossier(
  storage: Storage,
  documents = 1,
  answers: Record<string, string | boolean | null> = { familyName: 'Exemple', givenNames: 'Awa' },
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
        bytes: bytesOf(`%PDF-1.4\n% page ${i} of ${created.id}\n%%EOF\n`),
      }),
    );
  }
  const dossier = await storage.applyDossierEvent(created.id, 'completed');
  const request: SubmissionRequest = {
    procedure: dossier.procedureId,
    procedureVersion: dossier.procedureVersion,
    language: dossier.language,
    answers: dossier.answers,
    documents: docs.map((d) => ({ id: d.id, type: d.type, mime: d.mime, size: d.size, sha256: d.sha256 })),
  };
  return { dossier, docs, request };
}
