import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from './headers';
import { ProblemError } from './problem';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Vite fingerprints everything under /assets/, so those names never change content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (index.html, sw.js, registerSW.js, manifest, icons, locales) keeps its name across
 * releases: the browser must revalidate, or an old service worker would pin an old app forever.
 */
const REVALIDATE = 'no-cache';

/**
 * Serves the built app from `root` with an SPA fallback. Hand-rolled (no @fastify/static) because
 * the needs are small and the rules — caching per file, fallback, traversal — are easier to audit here.
 */
export function registerStatic(app: FastifyInstance, staticDir: string): void {
  const root = realpathSync(resolve(staticDir));

  app.get('/*', async (request, reply) => {
    if (isApiPath(request.url)) throw new ProblemError(404, 'not-found');
    const urlPath = decodePath(request.url);
    if (urlPath === null) throw new ProblemError(404, 'not-found');

    const file = await findFile(root, urlPath);
    if (file !== null) return sendFile(request, reply, file, urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    // A missing fingerprinted asset must 404: answering HTML would be cached as "immutable" JavaScript.
    if (urlPath.startsWith('/assets/')) throw new ProblemError(404, 'not-found');
    // SPA fallback: client-side routes such as /dossiers/xyz must survive a reload.
    const index = await findFile(root, '/index.html');
    if (index === null) throw new ProblemError(404, 'not-found');
    return sendFile(request, reply, index, REVALIDATE);
  });
}

/** The decoded path, or null when malformed or when it could name something outside the app. */
function decodePath(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?', 1)[0] ?? '/');
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  // No "..", and no dotfiles: the build has none, so a request for one is probing.
  if (path.split('/').some((segment) => segment.startsWith('.'))) return null;
  return path;
}

async function findFile(root: string, urlPath: string): Promise<string | null> {
  const candidate = join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  try {
    // realpath too, so a symlink inside the build cannot lead outside it.
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

async function sendFile(request: FastifyRequest, reply: FastifyReply, file: string, cacheControl: string) {
  const info = await stat(file);
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  reply
    .header('Cache-Control', cacheControl)
    .header('ETag', etag)
    .type(CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.send(await readFile(file));
}
