import { id } from '@/contract';

/** A UUID from a header or URL, or null. Ids are compared exactly as the device wrote them. */
export function parseId(raw: unknown): string | null {
  const single = Array.isArray(raw) ? undefined : raw;
  const result = id.safeParse(single);
  return result.success ? result.data : null;
}
