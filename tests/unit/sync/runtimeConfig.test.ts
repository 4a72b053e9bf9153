import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RUNTIME_CONFIG, type RuntimeConfig } from '@/domain';
import { loadRuntimeConfig, type RuntimeConfigOptions } from '@/sync';

const kiosk: RuntimeConfig = { ...DEFAULT_RUNTIME_CONFIG, deviceMode: 'kiosk', kioskIdleSeconds: 90, kioskCountdownSeconds: 20, mediatorLockMinutes: 10, retentionDays: 7 };

function memoryStore(initial?: RuntimeConfig) {
  let saved = initial;
  return {
    load: () => Promise.resolve(saved),
    save: vi.fn((config: RuntimeConfig) => {
      saved = config;
      return Promise.resolve();
    }),
    get saved() {
      return saved;
    },
  };
}

const json = (body: string, init: ResponseInit = {}) =>
  new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, ...init });
type Fetch = NonNullable<RuntimeConfigOptions['fetch']>;
const answering = (response: () => Response): Fetch => () => Promise.resolve(response());
const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));

afterEach(() => {
  vi.useRealTimers();
});

describe('loading config.json at start', () => {
  it('uses the network answer and keeps it as the last good copy', async () => {
    const store = memoryStore();
    const fetch = vi.fn(answering(() => json(JSON.stringify(kiosk))));
    const loaded = await loadRuntimeConfig({ fetch, store });
    expect(loaded).toEqual({ config: kiosk, source: 'network', problems: [] });
    expect(store.saved).toEqual(kiosk);
    expect(fetch).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('offline: the last good copy', async () => {
    expect(await loadRuntimeConfig({ fetch: offline, store: memoryStore(kiosk) })).toEqual({ config: kiosk, source: 'saved', problems: [] });
  });

  it('offline on the very first start: the defaults', async () => {
    const store = memoryStore();
    expect(await loadRuntimeConfig({ fetch: offline, store })).toEqual({ config: DEFAULT_RUNTIME_CONFIG, source: 'defaults', problems: [] });
    expect(store.save).not.toHaveBeenCalled();
  });

  it('an unreadable device still starts (the saved copy cannot be read)', async () => {
    const store = { load: () => Promise.reject(new Error('IndexedDB gone')), save: () => Promise.reject(new Error('IndexedDB gone')) };
    expect((await loadRuntimeConfig({ fetch: offline, store })).source).toBe('defaults');
    expect((await loadRuntimeConfig({ fetch: answering(() => json(JSON.stringify(kiosk))), store })).config).toEqual(kiosk);
  });

  it.each([
    ['a 404', () => new Response('not found', { status: 404, headers: { 'content-type': 'application/json' } })],
    ['a 503', () => json('{}', { status: 503 })],
    ['an HTML page (SPA fallback, captive portal)', () => new Response('<!doctype html><p>Wi-Fi</p>', { headers: { 'content-type': 'text/html' } })],
  ])('%s counts as unreachable: the kiosk stays a kiosk', async (_name, response) => {
    const store = memoryStore(kiosk);
    expect(await loadRuntimeConfig({ fetch: answering(response), store })).toEqual({ config: kiosk, source: 'saved', problems: [] });
    expect(store.save).not.toHaveBeenCalled();
  });

  it('an invalid file: problems for the deployer, the last good values meanwhile, never a throw', async () => {
    const store = memoryStore(kiosk);
    const loaded = await loadRuntimeConfig({ fetch: answering(() => json('{"deviceMode":"Kiosk","kioskIdleSeconds":60}')), store });
    expect(loaded.source).toBe('network');
    expect(loaded.config).toEqual({ ...DEFAULT_RUNTIME_CONFIG, deviceMode: 'kiosk', kioskIdleSeconds: 60 });
    expect(loaded.problems).toEqual([{ kind: 'invalid-value', field: 'deviceMode' }]);
    // What is saved is good values only.
    expect(store.saved).toEqual(loaded.config);
  });

  it('broken JSON keeps the whole last good copy', async () => {
    const loaded = await loadRuntimeConfig({ fetch: answering(() => json('{ deviceMode: kiosk }')), store: memoryStore(kiosk) });
    expect(loaded).toEqual({ config: kiosk, source: 'network', problems: [{ kind: 'not-json' }] });
  });

  it('a slow network does not hold the start: the saved copy now, the late answer saved for the next start', async () => {
    vi.useFakeTimers();
    const store = memoryStore(kiosk);
    const fresh = { ...kiosk, kioskIdleSeconds: 45 };
    let answer: (response: Response) => void = () => undefined;
    const fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    const loading = loadRuntimeConfig({ fetch, store, waitMs: 1_500 });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await loading).toEqual({ config: kiosk, source: 'saved', problems: [] });
    answer(json(JSON.stringify(fresh)));
    await vi.waitFor(() => expect(store.saved).toEqual(fresh));
  });

  it('gives up on a request that never ends', async () => {
    vi.useFakeTimers();
    let aborted = false;
    const fetch: Fetch = (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const loading = loadRuntimeConfig({ fetch, store: memoryStore(), waitMs: 100, limitMs: 5_000 });
    await vi.advanceTimersByTimeAsync(100);
    expect((await loading).source).toBe('defaults');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(aborted).toBe(true);
  });
});
