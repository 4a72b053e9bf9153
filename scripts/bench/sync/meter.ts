/** Per kind of request: how many, and the time from fetch() to the answer's headers. */
export type RequestTally = Map<string, { count: number; ms: number }>;

export interface Meter {
  fetch: typeof fetch;
  tally: RequestTally;
  requests(): number;
}

/** "PATCH document", "POST complete"…: one name per contract route, whatever the ids. */
export function requestKind(method: string, pathname: string): string {
  const route = pathname
    .replace(/^\/api\/v1/, '')
    .replace(/\/documents\/[^/]+$/, '/documents/{docId}')
    .replace(/^\/submissions\/[^/]+/, '/submissions/{id}');
  return `${method} ${route}`;
}

/**
 * Wraps the real fetch (undici) that both clients use, so both go through the same HTTP stack and
 * are counted the same way. Timing costs two performance.now() calls per request: negligible next
 * to a loopback round trip.
 */
export function createMeter(real: typeof fetch = globalThis.fetch.bind(globalThis)): Meter {
  const tally: RequestTally = new Map();
  const metered = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const kind = requestKind((init?.method ?? 'GET').toUpperCase(), url.pathname);
    const started = performance.now();
    try {
      return await real(input, init);
    } finally {
      const entry = tally.get(kind) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += performance.now() - started;
      tally.set(kind, entry);
    }
  };
  return {
    fetch: metered,
    tally,
    requests: () => [...tally.values()].reduce((sum, entry) => sum + entry.count, 0),
  };
}
