import { useEffect, useState } from 'react';
import { getSigningKey } from '@/storage';
import type { SignatureCheck } from '@/sync';
import { useLive } from '@/state/useLive';

/**
 * The signature check of a receipt or an attestation, done on the device with the stored public
 * key (no network): re-run when the key arrives or the record changes.
 */
export function useSignatureCheck<T extends { keyId?: string | undefined; signature?: string | undefined }>(
  signed: T,
  check: (signed: T, key: Awaited<ReturnType<typeof getSigningKey>>) => Promise<SignatureCheck>,
): SignatureCheck | null {
  const keyId = signed.keyId ?? '';
  const key = useLive(`signing-key:${keyId}`, () => (keyId ? getSigningKey(keyId) : Promise.resolve(undefined)));
  const [result, setResult] = useState<{ for: unknown; check: SignatureCheck } | null>(null);
  const keyValue = key.status === 'ready' ? key.value : null;
  useEffect(() => {
    if (keyValue === null) return;
    let current = true;
    void check(signed, keyValue).then((outcome) => {
      if (current) setResult({ for: signed, check: outcome });
    });
    return () => {
      current = false;
    };
  }, [signed, keyValue, check]);
  return result?.for === signed ? result.check : null;
}
