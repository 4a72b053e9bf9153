/**
 * First-load JavaScript budget (a budget that fails the build, not a wish). Counts what a first visit
 * downloads before the app can start: the entry `<script type="module" src>` of dist/index.html and
 * every `<link rel="modulepreload" href>`, each gzipped at level 9. Lazy routes and locales are not
 * counted. CSS is shown apart and not counted.
 *
 * Fails above 200 KB gzip; the aim is under 150 KB (a 3G phone starts in a few seconds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const LIMIT_KB = 200;
const AIM_KB = 150;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const indexHtml = join(dist, 'index.html');

if (!existsSync(indexHtml)) {
  console.error('bundle-size: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const html = readFileSync(indexHtml, 'utf8');

/** Attributes of every `<tag …>` in the page (enough for Vite's generated index.html). */
function tags(name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [, attributes = ''] of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const [, key = '', , quoted, bare] of attributes.matchAll(
      /([\w:-]+)(?:\s*=\s*(?:(["'])(.*?)\2|([^\s"'>]+)))?/g,
    )) {
      attrs[key.toLowerCase()] = quoted ?? bare ?? '';
    }
    found.push(attrs);
  }
  return found;
}

const relList = (attrs: Record<string, string>) => (attrs.rel ?? '').toLowerCase().split(/\s+/);

const entryScripts = tags('script')
  .filter((a) => a.type === 'module' && a.src)
  .map((a) => a.src ?? '');
const preloads = tags('link')
  .filter((a) => relList(a).includes('modulepreload') && a.href)
  .map((a) => a.href ?? '');
const stylesheets = tags('link')
  .filter((a) => relList(a).includes('stylesheet') && a.href)
  .map((a) => a.href ?? '');

if (entryScripts.length === 0) {
  console.error('bundle-size: no <script type="module" src> in dist/index.html.');
  process.exit(1);
}

interface Row {
  file: string;
  raw: number;
  gzip: number;
}

function measure(href: string): Row {
  if (/^[a-z]+:\/\//i.test(href)) {
    // Strict CSP, no third-party origins (docs/design.md): a remote script is a bug in itself.
    console.error(`bundle-size: ${href} is not served by the app.`);
    process.exit(1);
  }
  const file = join(dist, href.replace(/^\//, '').split(/[?#]/)[0] ?? '');
  if (!existsSync(file)) {
    console.error(`bundle-size: ${href} is referenced by dist/index.html but missing from dist/.`);
    process.exit(1);
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  return { file: href, raw: bytes.length, gzip };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
const unique = (list: string[]) => [...new Set(list)];

function table(title: string, rows: Row[]): { raw: number; gzip: number } {
  const width = Math.max(title.length, ...rows.map((r) => r.file.length));
  console.log(`${title.padEnd(width)}  ${'raw KB'.padStart(7)}  ${'gzip KB'.padStart(7)}`);
  for (const r of [...rows].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}`);
  }
  const total = {
    raw: rows.reduce((sum, r) => sum + r.raw, 0),
    gzip: rows.reduce((sum, r) => sum + r.gzip, 0),
  };
  console.log(`${'total'.padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}`);
  return total;
}

const js = table('first-load JS', unique([...entryScripts, ...preloads]).map(measure));
console.log('');
if (stylesheets.length > 0) {
  table('CSS (not counted)', unique(stylesheets).map(measure));
  console.log('');
}

const totalKb = js.gzip / 1024;
const verdict = `${totalKb.toFixed(1)} KB gzip of JS on first load`;
if (totalKb > LIMIT_KB) {
  console.error(`bundle-size: FAIL: ${verdict}, over the ${LIMIT_KB} KB limit.`);
  process.exit(1);
}
if (totalKb <= AIM_KB) {
  console.log(`bundle-size: OK: ${verdict}, under the ${AIM_KB} KB aim (limit ${LIMIT_KB} KB).`);
} else {
  console.log(
    `bundle-size: OK: ${verdict}, under the ${LIMIT_KB} KB limit but over the ${AIM_KB} KB aim.`,
  );
}
