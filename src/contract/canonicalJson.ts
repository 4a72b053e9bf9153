/**
 * Canonical JSON: object keys sorted recursively (UTF-16 code-unit order), no whitespace, array order
 * kept. For the JSON values a validated submission holds (strings, booleans, null, safe integers) this
 * is the same text as RFC 8785 (JCS), so any client can recompute the receipt's digest offline and show
 * exactly what was filed. Properties whose value is `undefined` are left out, as JSON.stringify does.
 *
 * It lives in the contract because both sides must produce the very same bytes: the server hashes and
 * signs them, the app recomputes them to check a digest or a signature offline.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form: refusing beats hashing "undefined".
    if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
