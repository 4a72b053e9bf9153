import { z } from 'zod/mini';
import { CorruptRecordError } from './errors';
import { logStorage } from './log';

function keyOf(raw: unknown, keyPath: string): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const key = (raw as Record<string, unknown>)[keyPath];
  return typeof key === 'string' ? key : null;
}

function check<T>(
  schema: z.ZodMiniType<T>,
  table: string,
  keyPath: string,
  raw: unknown,
): { ok: true; value: T } | { ok: false; error: CorruptRecordError } {
  const result = z.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.data };
  // Only the paths of the bad fields: zod messages may quote the stored (personal) value.
  const paths = result.error.issues.map((issue) => issue.path.map(String).join('.'));
  return { ok: false, error: new CorruptRecordError(table, keyOf(raw, keyPath), paths) };
}

/** Single read: undefined stays undefined (absent), a bad row throws CorruptRecordError. */
export function parseOne<T>(
  schema: z.ZodMiniType<T>,
  table: string,
  raw: unknown,
  keyPath = 'id',
): T | undefined {
  if (raw === undefined) return undefined;
  const result = check(schema, table, keyPath, raw);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * List read: a bad row is skipped and logged, so one damaged record cannot hide all the others.
 * Design choice (simple): lists return only the good rows; the log tells diagnostics how many.
 */
export function parseMany<T>(
  schema: z.ZodMiniType<T>,
  table: string,
  raws: readonly unknown[],
  keyPath = 'id',
): T[] {
  const out: T[] = [];
  for (const raw of raws) {
    const result = check(schema, table, keyPath, raw);
    if (result.ok) out.push(result.value);
    else logStorage({ event: 'corrupt-record', table, key: result.error.key, paths: result.error.paths });
  }
  return out;
}

/**
 * Single read of a row the server can give again (follow-up, public key): a damaged one is logged
 * and treated as absent, so the next check replaces it instead of failing on it forever.
 */
export function parseOrSkip<T>(
  schema: z.ZodMiniType<T>,
  table: string,
  raw: unknown,
  keyPath = 'id',
): T | undefined {
  return raw === undefined ? undefined : parseMany(schema, table, [raw], keyPath)[0];
}
