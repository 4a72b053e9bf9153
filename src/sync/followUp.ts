import type { Storage } from '@/storage';
import type { ApiClient } from './apiClient';
import { ApiError } from './apiError';

export interface FollowUpResult {
  checked: number;
  failed: number;
  offline: boolean;
}

/**
 * After filing, the prefecture's progress (received, under review, decision) and every attestation
 * de prolongation d'instruction are fetched and kept on the device, so the person can show them
 * offline. Runs when the app opens and when the network returns; the time of the last successful
 * check is stored so the screen can say how fresh it is.
 */
export async function refreshFollowUps(api: ApiClient, storage: Storage, now: () => number = Date.now): Promise<FollowUpResult> {
  const result: FollowUpResult = { checked: 0, failed: 0, offline: false };
  for (const { submissionId } of await storage.listFollowedSubmissions()) {
    try {
      const status = await api.getStatus(submissionId);
      await ensureSigningKeys(api, storage, status.attestations.map((a) => a.keyId));
      await storage.recordFollowUp(submissionId, {
        ...(status.review === undefined ? {} : { review: status.review }),
        attestations: status.attestations,
        checkedAt: now(),
      });
      result.checked++;
    } catch (error) {
      await storage.recordFollowUpFailure(submissionId, now()).catch(() => undefined);
      result.failed++;
      if (error instanceof ApiError && error.failure.kind === 'network') {
        // The others would fail the same way: stop, the next `online` tries again.
        result.offline = true;
        break;
      }
    }
  }
  return result;
}

/**
 * Trust on first use: the server's public keys are fetched the first time a signature names a key
 * this device does not hold, and kept, so later checks work offline.
 */
export async function ensureSigningKeys(api: ApiClient, storage: Storage, keyIds: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const keyId of new Set(keyIds)) if ((await storage.getSigningKey(keyId)) === undefined) missing.push(keyId);
  if (missing.length === 0) return;
  await storage.saveSigningKeys((await api.signingKeys()).keys);
}
