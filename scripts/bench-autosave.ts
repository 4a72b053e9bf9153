/**
 * `npm run bench:autosave`: does a keystroke survive the browser being killed 300 ms later, while
 * someone types without a pause? A real Chromium (Debian's) on a persistent profile types into the
 * last-name field of a renewal, a character every 40 ms; at a random moment the whole browser is
 * killed (SIGKILL, as a phone kills an app or a battery dies); it is started again on the same
 * profile and the field is read back. Every character typed at least 300 ms before the kill is
 * "owed"; the bench prints, per kill and in total, how many owed characters were lost (target: none
 * over at least 20 kills). Needs the built app (`npm run build`); serves it with the reference
 * server in this process. Exits 0 when it could measure: the verdict line says whether the target
 * holds. `--kills N` changes the number of kills.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { buildServer } from '../server/src/app';
import { CHROMIUM_LAUNCH } from './lib/chromium';
import { loadLine } from './bench/sync/report';

const BUDGET_MS = 300;
const KEY_EVERY_MS = 40;
const argKills = process.argv.indexOf('--kills');
const KILLS = argKills > 0 ? Number(process.argv[argKills + 1]) : 20;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH, headless: true, viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
}

/** SIGKILL every process of this profile: the browser and its renderers, with no chance to flush. */
function killBrowser(profile: string): void {
  try {
    // The pattern without its leading dashes: pkill would take "--user-data-dir=…" for an option.
    execFileSync('pkill', ['-9', '-f', `user-data-dir=${profile}`]);
  } catch {
    // pkill exits 1 when nothing matched: already gone.
  }
}

type Kill = { typed: number; owed: number; stored: number; lost: number; lastSavedAgoMs: number };

async function oneKill(base: string, run: number): Promise<Kill> {
  const profile = mkdtempSync(join(tmpdir(), 'relais-bench-autosave-'));
  try {
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base);
    await page.locator('.procedure-card').first().getByRole('button').click();
    const field = page.getByLabel(/^Nom de famille/);
    await field.waitFor();
    await field.click();
    // Each keystroke is timed when it is sent; the kill comes 1.5–4.5 s into the typing.
    const sent: number[] = [];
    const killAt = 1_500 + Math.random() * 3_000;
    const start = Date.now();
    const typing = (async () => {
      // Bounded: if the kill failed, the run ends (and says so) instead of typing forever.
      for (let i = 0; Date.now() - start < 15_000; i++) {
        const at = Date.now();
        await page.keyboard.press(LETTERS[i % LETTERS.length] ?? 'a');
        sent.push(at);
        const next = start + (i + 1) * KEY_EVERY_MS;
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
      return 'still running' as const;
    })().catch(() => 'killed' as const);
    await new Promise((r) => setTimeout(r, killAt));
    const killedAt = Date.now();
    killBrowser(profile);
    const ended = await typing;
    await context.close().catch(() => undefined);
    if (ended !== 'killed') throw new Error('bench-autosave: the browser survived the kill (pkill found nothing?)');

    const owed = sent.filter((at) => killedAt - at >= BUDGET_MS).length;
    const again = await launch(profile);
    const reopened = again.pages()[0] ?? (await again.newPage());
    await reopened.goto(base);
    await reopened.getByTestId('dossier-list').getByRole('link').first().click();
    const value = await reopened.getByLabel(/^Nom de famille/).inputValue();
    await again.close();
    const stored = value.length;
    const lastSaved = sent[stored - 1];
    return {
      typed: sent.length,
      owed,
      stored,
      lost: Math.max(0, owed - stored),
      lastSavedAgoMs: lastSaved === undefined ? killedAt - start : killedAt - lastSaved,
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
    void run;
  }
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'relais-bench-autosave-data-'));
  const app = await buildServer({ dataDir, staticDir: resolve('dist') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const base = `http://127.0.0.1:${port}/`;
  console.log(`\nAutosave bench — ${KILLS} kills of Debian's Chromium while typing a character every ${KEY_EVERY_MS} ms into a field`);
  console.log(`  owed: typed at least ${BUDGET_MS} ms before the kill; lost: owed but not in the field after a restart on the same profile`);
  console.log(`  ${loadLine()}\n`);
  const kills: Kill[] = [];
  try {
    for (let run = 1; run <= KILLS; run++) {
      const kill = await oneKill(base, run);
      kills.push(kill);
      console.log(
        `  kill ${String(run).padStart(2)}: typed ${String(kill.typed).padStart(3)}, owed ${String(kill.owed).padStart(3)}, ` +
          `kept ${String(kill.stored).padStart(3)}, lost ${kill.lost}   (newest kept keystroke: ${kill.lastSavedAgoMs} ms before the kill)`,
      );
    }
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const lost = kills.reduce((sum, k) => sum + k.lost, 0);
  const owed = kills.reduce((sum, k) => sum + k.owed, 0);
  const worst = Math.max(...kills.map((k) => k.lastSavedAgoMs));
  console.log(`\n  owed characters: ${owed}; lost: ${lost} (in ${kills.filter((k) => k.lost > 0).length} of ${kills.length} kills)`);
  console.log(`  oldest "newest kept keystroke" at a kill: ${worst} ms (≤ ${BUDGET_MS} ms means nothing owed was lost)`);
  console.log(`  ${loadLine()}`);
  console.log(lost === 0 && kills.length >= 20 ? '\nVERDICT: target met' : '\nVERDICT: target missed (informative, exit 0)');
}

await main();
