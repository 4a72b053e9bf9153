/**
 * A wrapper around the REAL fetch (real traffic to the real server) that can break one exchange the
 * way networks do: answer an error instead of forwarding, or let the server commit and then lose
 * the answer on the way back. Not a fake server: every other request goes through untouched.
 */
export type TapAction =
  | { kind: 'drop-after-commit' }
  | { kind: 'fail-before' }
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body?: string; forward?: boolean };

interface Rule {
  method: string;
  path: RegExp;
  action: TapAction;
  remaining: number;
}

export interface Tap {
  fetch: typeof fetch;
  /** Every request as "METHOD /path", in order. */
  log: string[];
  headers: Headers[];
  once(method: string, path: RegExp, action: TapAction): void;
}

export function createTap(real: typeof fetch = globalThis.fetch.bind(globalThis)): Tap {
  const rules: Rule[] = [];
  const log: string[] = [];
  const headers: Headers[] = [];
  const tapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    log.push(`${method} ${url.pathname}`);
    headers.push(new Headers(init?.headers));
    const rule = rules.find((r) => r.remaining > 0 && r.method === method && r.path.test(url.pathname));
    if (!rule) return real(input, init);
    rule.remaining--;
    const { action } = rule;
    if (action.kind === 'fail-before') throw new TypeError('fetch failed (tap: before sending)');
    if (action.kind === 'drop-after-commit') {
      const response = await real(input, init);
      await response.arrayBuffer();
      throw new TypeError('fetch failed (tap: answer lost after the server committed)');
    }
    if (action.forward) await (await real(input, init)).arrayBuffer();
    return new Response(action.body ?? null, { status: action.status, headers: action.headers ?? {} });
  };
  return {
    fetch: tapped,
    log,
    headers,
    once(method, path, action) {
      rules.push({ method, path, action, remaining: 1 });
    },
  };
}
