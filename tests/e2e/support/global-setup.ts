/**
 * Two jobs, because Playwright starts the `webServer` BEFORE it runs `globalSetup`:
 * - run as a script (the first half of the webServer command), it empties the e2e data directory
 *   before the server opens its SQLite file, so every run starts from nothing;
 * - as Playwright's globalSetup, it checks what the tests need and says how to get it, and writes
 *   the video the fake camera films (before any browser starts).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, DIST_INDEX, E2E_DATA_DIR, E2E_FAULTS_DATA_DIR } from './env';
import { writeFakeCameraFile } from './fakeCamera';

function requireBuiltApp(): void {
  if (!existsSync(DIST_INDEX)) {
    throw new Error('e2e: dist/index.html is missing. Run `npm run build` first (npm test does).');
  }
}

export function resetE2eData(dir: string = E2E_DATA_DIR): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

export default function globalSetup(): void {
  requireBuiltApp();
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: ${CHROMIUM} is missing. Run \`bash scripts/ensure-chromium.sh\` (as root).`);
  }
  writeFakeCameraFile();
}

const script = process.argv[1];
const runAsScript = script !== undefined && import.meta.url === pathToFileURL(script).href;
if (runAsScript) {
  try {
    requireBuiltApp();
    // `faults`: the fault-switch server's data. A name, not a path: this script only ever empties
    // directories it owns, whatever the caller passes.
    resetE2eData(process.argv[2] === 'faults' ? E2E_FAULTS_DATA_DIR : E2E_DATA_DIR);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
