import {
  DEFAULT_RUNTIME_CONFIG,
  parseRuntimeConfigText,
  type ConfigProblem,
  type RuntimeConfig,
} from '@/domain';
import { getSavedRuntimeConfig, saveRuntimeConfig } from '@/storage';

export type RuntimeConfigSource = 'network' | 'saved' | 'defaults';
export type LoadedRuntimeConfig = { config: RuntimeConfig; source: RuntimeConfigSource; problems: ConfigProblem[] };

export interface RuntimeConfigOptions {
  url?: string;
  fetch?: typeof fetch;
  /** How long the start waits for the network before using the saved copy. */
  waitMs?: number;
  /** How long the request may go on after that, to refresh the saved copy for the next start. */
  limitMs?: number;
  store?: { load(): Promise<RuntimeConfig | undefined>; save(config: RuntimeConfig): Promise<void> };
}

/** A start must not wait long on 2G: past this, the saved copy applies and the answer is kept for next time. */
export const CONFIG_WAIT_MS = 1_500;
const CONFIG_LIMIT_MS = 10_000;

/**
 * The deployment's `/config.json`: network first (a kiosk picks up a changed file at its next
 * start), then the last good copy kept on the device (the app must start offline), then the
 * defaults. Never throws: a device that cannot read its configuration still starts.
 *
 * Only a 200 JSON answer counts. Anything else — 404, the server's HTML fallback, a Wi-Fi captive
 * portal's page — is treated as "unreachable" and the saved copy applies: a portal page must not
 * turn a kiosk back into a device that keeps people's data.
 */
export async function loadRuntimeConfig(options: RuntimeConfigOptions = {}): Promise<LoadedRuntimeConfig> {
  const url = options.url ?? '/config.json';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const store = options.store ?? { load: getSavedRuntimeConfig, save: saveRuntimeConfig };
  const saved = store.load().catch(() => undefined);

  const fromNetwork = fetchConfigText(doFetch, url, options.limitMs ?? CONFIG_LIMIT_MS).then(async (text) => {
    if (text === null) return null;
    const parsed = parseRuntimeConfigText(text, (await saved) ?? DEFAULT_RUNTIME_CONFIG);
    // Invalid fields were replaced by good values, so what is saved is always a good copy.
    await store.save(parsed.config).catch(() => undefined);
    return parsed;
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.waitMs ?? CONFIG_WAIT_MS);
  });
  const first = await Promise.race([fromNetwork, late]);
  clearTimeout(timer);

  if (first) return { ...first, source: 'network' };
  const copy = await saved;
  if (copy) return { config: copy, source: 'saved', problems: [] };
  return { config: { ...DEFAULT_RUNTIME_CONFIG }, source: 'defaults', problems: [] };
}

async function fetchConfigText(doFetch: typeof fetch, url: string, limitMs: number): Promise<string | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limitMs);
  try {
    // no-store: the deployer's latest file, never the HTTP cache's (the service worker does not precache it).
    const response = await doFetch(url, { cache: 'no-store', credentials: 'same-origin', signal: controller.signal });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !/\bjson\b/i.test(type)) return null;
    return await response.text();
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
