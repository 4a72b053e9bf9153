import { requestSync } from '@/app/syncService';
import { buildSubmission, checkCompleteness, type MissingItem, type Procedure } from '@/domain';
import { applyDossierEvent, fileDossier, getDossier, listDocuments, LockedRecordError } from '@/storage';

export type FileOutcome = { ok: true } | { ok: false; missing: MissingItem[] } | { ok: false; reason: 'not-found' };

/**
 * "File": re-check completeness on what is stored (not on what the screen shows), freeze the body
 * in the outbox in one durable write, then ask for delivery. Offline, the dossier simply waits.
 */
export async function fileDossierFlow(procedure: Procedure, dossierId: string): Promise<FileOutcome> {
  const dossier = await getDossier(dossierId);
  if (!dossier) return { ok: false, reason: 'not-found' };
  // The tablet locked while this screen was open: its owner files it once unlocked.
  if (dossier.locked) throw new LockedRecordError(`dossiers/${dossierId}`, dossier.ownerId ?? 'owner');
  const documents = await listDocuments(dossierId);
  const completeness = checkCompleteness(procedure, dossier.answers, documents.map((d) => d.type));
  if (!completeness.complete) return { ok: false, missing: completeness.missing };
  if (dossier.status === 'draft') await applyDossierEvent(dossierId, 'completed');
  await fileDossier(dossierId, buildSubmission(procedure, dossier, documents));
  requestSync('filed');
  return { ok: true };
}
