import { useDevice } from '@/state/device';
import type { Receiver } from '@/domain';
import { listJournal } from '@/storage';
import { useLive } from '@/state/useLive';

/**
 * Who receives this deployment's dossiers (config.json). Every sentence about filing depends on it:
 * only the administration's own endpoint means "filed"; a relay's receipt is not the attestation de
 * dépôt of CESEDA R. 431-15-1, and a training sandbox sends nothing anywhere.
 */
export function useReceiver(): Receiver {
  return useDevice().runtime.config.receiver;
}

/**
 * i18next options that pick the receiver's wording: `key_relay` or `key_sandbox` where the words
 * differ, the plain `key` (the administration's) otherwise; `{{receiver}}` is its name.
 */
export function receiverVars(receiver: Receiver): { context: string; receiver: string } {
  return { context: receiver.kind, receiver: receiver.name };
}

/**
 * The receiver a dossier was filed with (its history's `filed` line), else the deployment's today:
 * a receipt keeps saying who gave it even after the deployment changes its receiver.
 */
export function useFiledReceiver(dossierId: string): Receiver {
  const current = useReceiver();
  const journal = useLive(`journal:${dossierId}`, () => listJournal(dossierId));
  if (journal.status !== 'ready') return current;
  const filed = journal.value.filter((line) => line.kind === 'filed').at(-1);
  return filed?.receiver ?? current;
}
