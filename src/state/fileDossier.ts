import { requestSync } from './syncService';
import type { Answers, FilingWarning } from '@/contract';
import { buildSubmission, checkCompleteness, sameWarnings, type MissingItem, type Procedure, type Receiver } from '@/domain';
import { applyDossierEvent, fileDossier, getDossier, listDocuments, LockedRecordError } from '@/storage';

export type FileOutcome =
  | { ok: true }
  | { ok: false; reason: 'blocked'; blockers: MissingItem[] }
  /** What is missing changed since the person read it (another tab, a document removed): read again. */
  | { ok: false; reason: 'warnings-changed' }
  | { ok: false; reason: 'not-found' };

/**
 * "File": re-check on what is stored (not on what the screen shows) that nothing blocks and that the
 * warnings are the ones the person read and accepted, freeze the body in the outbox in one durable
 * write — with those warnings and the receiver in the history — then ask for delivery. Offline,
 * the dossier simply waits.
 */
export async function fileDossierFlow(
  procedure: Procedure,
  dossierId: string,
  accepted: readonly FilingWarning[],
  receiver: Receiver,
  /** The warnings of what is stored now, as the screen computes them (with the deadline's). */
  warningsOf: (answers: Answers, attached: readonly string[]) => FilingWarning[],
): Promise<FileOutcome> {
  const dossier = await getDossier(dossierId);
  if (!dossier) return { ok: false, reason: 'not-found' };
  // The tablet locked while this screen was open: its owner files it once unlocked.
  if (dossier.locked) throw new LockedRecordError(`dossiers/${dossierId}`, dossier.ownerId ?? 'owner');
  const documents = await listDocuments(dossierId);
  const completeness = checkCompleteness(procedure, dossier.answers, documents.map((d) => d.type));
  if (!completeness.fileable) return { ok: false, reason: 'blocked', blockers: completeness.blockers };
  const warnings = warningsOf(dossier.answers, documents.map((d) => d.type));
  if (!sameWarnings(warnings, accepted)) return { ok: false, reason: 'warnings-changed' };
  if (dossier.status === 'draft') await applyDossierEvent(dossierId, 'completed');
  await fileDossier(dossierId, buildSubmission(procedure, dossier, documents, warnings), receiver);
  requestSync('filed');
  return { ok: true };
}
