import { z } from 'zod/mini';
import { sealedRecord } from './crypto';

/**
 * A value sealed at rest (src/storage/vault.ts): AES-GCM under the key named by `k` — `device` for
 * the device key, else a mediator's profile id or a kiosk session's id. Rows written before
 * encryption existed hold plain values; readers accept both and writers always seal.
 */
export const storedSealed = z.extend(sealedRecord, { k: z.string().check(z.minLength(1), z.maxLength(64)) });
export type StoredSealed = z.infer<typeof storedSealed>;

/**
 * A text sealed since v5 (since 2026-11 for what describes a dossier and its documents: no index
 * changed, so no schema version), or in clear in rows written before.
 */
export const sealedOrText = z.union([storedSealed, z.string()]);

/** A SHA-256 digest as lowercase hex: documents' and mandates' digests are checked in this form. */
export const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));
