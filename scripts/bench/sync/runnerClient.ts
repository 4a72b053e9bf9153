import { randomUUID } from 'node:crypto';
import type { SubmissionRequest } from '@/contract';
import { createStorage, deleteRelaisDb, openRelaisDb, type RelaisDb, type Storage } from '@/storage';
import { createApiClient, createOutboxRunner, type ApiClient } from '@/sync';
import { ANSWERS, PROCEDURE, type BenchDocument } from './dataset';

export interface FiledOutbox {
  db: RelaisDb;
  storage: Storage;
  drop(): Promise<void>;
}

/**
 * A fresh Dexie database on fake-indexeddb with every dossier filed, through the app's own storage
 * calls (create, answers, documents, ready, file): the state the runner finds when the network
 * comes back. Never timed. `beforeOpen` may attach instrumentation (Dexie middleware only applies
 * to a database opened after it is added).
 */
export async function fileOutbox(dataset: BenchDocument[][], beforeOpen?: (db: RelaisDb) => void): Promise<FiledOutbox> {
  const db = openRelaisDb(`bench-sync-${randomUUID()}`);
  beforeOpen?.(db);
  const storage = createStorage(db);
  for (const docs of dataset) {
    const created = await storage.createDossier({
      procedureId: PROCEDURE.procedure,
      procedureVersion: PROCEDURE.procedureVersion,
      language: PROCEDURE.language,
      firstStep: 'identity',
    });
    await storage.saveAnswers(created.id, { ...ANSWERS });
    const records = [];
    for (const [index, doc] of docs.entries()) {
      records.push(
        await storage.addDocument({
          dossierId: created.id,
          type: 'passport',
          name: `scan-${index}.pdf`,
          mime: 'application/pdf',
          bytes: doc.bytes,
        }),
      );
    }
    const dossier = await storage.applyDossierEvent(created.id, 'completed');
    if (dossier.locked) throw new Error('the bench holds no owner key: its dossiers never lock');
    const request: SubmissionRequest = {
      procedure: dossier.procedureId,
      procedureVersion: dossier.procedureVersion,
      language: dossier.language,
      answers: dossier.answers,
      documents: records.map((d) => ({ id: d.id, type: d.type, mime: d.mime, size: d.size, sha256: d.sha256 })),
    };
    await storage.fileDossier(dossier.id, request);
  }
  return { db, storage, drop: () => deleteRelaisDb(db) };
}

/**
 * The timed part: the real runner, drained with reason 'start' (the app opening) until the outbox
 * is empty. Throws when a drain delivers nothing, so a broken run never passes for a slow one.
 */
export async function drainAll(
  outbox: FiledOutbox,
  baseUrl: string,
  doFetch: typeof fetch,
  /** What-if experiments only (see whatIf.ts): the measured runs use the client as the app does. */
  wrapApi: (api: ApiClient) => ApiClient = (api) => api,
): Promise<{ drains: number }> {
  const api = wrapApi(createApiClient({ baseUrl, fetch: doFetch }));
  // locks: null = the in-process lock, as in the unit tests (Node has no Web Locks).
  const runner = createOutboxRunner({ api, db: outbox.db, locks: null });
  let drains = 0;
  for (;;) {
    const result = await runner.drain('start');
    drains++;
    if ((await outbox.storage.listOutbox()).length === 0) return { drains };
    if (result.delivered === 0) {
      throw new Error(`runner: a drain delivered nothing (${JSON.stringify(result)})`);
    }
  }
}
