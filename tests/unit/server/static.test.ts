// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServer } from './helpers';
import type { TestServer } from './helpers';

const INDEX = '<!doctype html><title>Relais</title><div id="root"></div>';
let staticDir: string;
let secretDir: string;
let server: TestServer;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'relais-dist-'));
  secretDir = mkdtempSync(join(tmpdir(), 'relais-secret-'));
  writeFileSync(join(secretDir, 'secret.txt'), 'TOP-SECRET');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(staticDir, 'registerSW.js'), '/* register */');
  writeFileSync(join(staticDir, 'manifest.webmanifest'), '{"name":"Relais"}');
  writeFileSync(join(staticDir, 'robots.txt'), 'User-agent: *');
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(staticDir, '.env'), 'DOTFILE');
  symlinkSync(join(secretDir, 'secret.txt'), join(staticDir, 'escape.txt'));
  server = await makeServer(staticDir);
});

afterAll(async () => {
  await server.close();
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(secretDir, { recursive: true, force: true });
});

const get = (url: string, method: 'GET' | 'HEAD' = 'GET') => server.app.inject({ method, url });

describe('static app serving', () => {
  it('serves index.html at / with no-cache and the security headers', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['permissions-policy']).toBe('camera=(self), geolocation=(), microphone=()');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it.each([
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/registerSW.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/index-abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
  ])('serves %s as %s with Cache-Control %s', async (url, type, cache) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe(cache);
  });

  it('falls back to index.html for client routes (GET and HEAD), with a query string too', async () => {
    for (const url of ['/dossiers/xyz', '/dossiers/xyz?step=2']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const head = await get('/dossiers/xyz', 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 304 when the ETag matches', async () => {
    const first = await get('/sw.js');
    const res = await server.app.inject({ method: 'GET', url: '/sw.js', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(res.statusCode).toBe(304);
  });

  it('does not fall back for a missing fingerprinted asset or an API path', async () => {
    expect((await get('/assets/missing.js')).statusCode).toBe(404);
    const api = await get('/api/v1/unknown');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it.each([
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2fetc/passwd',
    '/%00index.html',
    '/.env',
    '/escape.txt',
  ])('refuses to serve anything outside the app: %s', async (url) => {
    const res = await get(url);
    expect(res.body).not.toContain('root:');
    expect(res.body).not.toContain('TOP-SECRET');
    expect(res.body).not.toContain('DOTFILE');
  });

  it('answers 404 (not the app shell) to traversal attempts', async () => {
    expect((await get('/..%2f..%2fetc%2fpasswd')).statusCode).toBe(404);
    expect((await get('/.env')).statusCode).toBe(404);
  });
});
