import type { Tally } from './instrument';
import type { Measurement } from './measure';
import type { ProfileResult } from './profile';
import { WHAT_IF_VARIANTS, type WhatIfResult } from './whatIf';
import { median, seconds } from './report';

const msEach = (ms: number, count: number) => `${(ms / count).toFixed(2)} ms each`;
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0).padStart(3)} %`;
const sum = (tally: Tally) => [...tally.values()].reduce((total, entry) => total + entry.ms, 0);
const sorted = (tally: Tally) => [...tally.entries()].sort(([, a], [, b]) => b.ms - a.ms);

function httpLines(m: Measurement): string[] {
  return sorted(m.tally).map(([kind, { count, ms }]) => {
    const server = m.serverTimes.get(kind);
    const inServer = server ? `   [server handler ${seconds(server.ms)}, ${msEach(server.ms, server.count)}]` : '';
    return `      ${kind.padEnd(44)} ×${String(count).padEnd(4)} ${seconds(ms).padStart(8)} ${share(ms, m.ms)}  ${msEach(ms, count)}${inServer}`;
  });
}

/** Where one drain's time went, phase by phase, beside the plain client on the same timers. */
export function profileLines(p: ProfileResult, dossiers: number, documents: number): string[] {
  const { runner, plain, recorder, names } = p;
  const http = sum(runner.tally);
  const idb = sum(recorder.transactions);
  const hashing = sum(recorder.digest);
  const rest = runner.ms - http - idb - hashing;
  const lines = [
    `\nProfile — one more runner drain and one more plain upload with timers on (not among the runs above)`,
    `  runner: ${seconds(runner.ms)} (${(runner.ms / documents).toFixed(2)} ms per document, CPU ${seconds(runner.cpuMs)}); ` +
      `plain: ${seconds(plain.ms)} (${(plain.ms / documents).toFixed(2)} ms per document, CPU ${seconds(plain.cpuMs)})`,
    `  runner, HTTP (fetch → answer headers; the server handler's own time in brackets):`,
    ...httpLines(runner),
    `      ${'all HTTP'.padEnd(50)} ${seconds(http).padStart(8)} ${share(http, runner.ms)}`,
    `  runner, IndexedDB on fake-indexeddb (transaction created → committed), by storage call:`,
    ...sorted(recorder.transactions).map(([signature, { count, ms }]) => {
      const who = names.get(signature)?.join(' / ') ?? 'uncalibrated';
      return `      ${who.padEnd(44)} ×${String(count).padEnd(4)} ${seconds(ms).padStart(8)} ${share(ms, runner.ms)}  ${msEach(ms, count)}   (${signature})`;
    }),
    `      ${'all IndexedDB'.padEnd(50)} ${seconds(idb).padStart(8)} ${share(idb, runner.ms)}`,
    `  runner, hashing (crypto.subtle.digest, for Upload-Checksum):`,
    ...sorted(recorder.digest).map(
      ([what, { count, ms }]) => `      ${what.padEnd(44)} ×${String(count).padEnd(4)} ${seconds(ms).padStart(8)} ${share(ms, runner.ms)}  ${msEach(ms, count)}`,
    ),
    `  runner, the rest (runner logic, zod parsing, fetch set-up, event-loop turns): ${seconds(rest)} ${share(rest, runner.ms)}`,
    `  plain, HTTP:`,
    ...httpLines(plain),
    `  this disk: write + fsync + close of a 300 KB file ${p.fsyncDocMs.toFixed(2)} ms, of 512 B ${p.fsyncSmallMs.toFixed(2)} ms (median of 50)`,
    `  TCP connections opened: runner ${runner.wire.connections}, plain ${plain.wire.connections} (Node's fetch, undici, closes the connection after every HEAD)`,
    `  per dossier: runner ${(runner.ms / dossiers).toFixed(1)} ms, plain ${(plain.ms / dossiers).toFixed(1)} ms`,
  ];
  return lines;
}

export function whatIfLines(w: WhatIfResult): string[] {
  const plain = median((w[3] ?? []).map((m) => m.ms));
  const plainCpu = median((w[3] ?? []).map((m) => m.cpuMs));
  return [
    `\n  what-if, medians of ${w[0]?.length ?? 0} interleaved passes (src/ unchanged; only the runner's ApiClient is wrapped, see whatIf.ts):`,
    ...WHAT_IF_VARIANTS.map((label, index) => {
      const runs = w[index] ?? [];
      const mid = median(runs.map((m) => m.ms));
      const last = runs[runs.length - 1];
      const cpu = median(runs.map((m) => m.cpuMs));
      return `    ${label.padEnd(56)} ${seconds(mid).padStart(8)}   ratio ${(mid / plain).toFixed(2)}   CPU ${seconds(cpu)} ratio ${(cpu / plainCpu).toFixed(2)}   ` +
        `runs ${runs.map((m) => seconds(m.ms)).join(', ')}; ${last?.requests ?? 0} requests, ${last?.wire.connections ?? 0} TCP connections`;
    }),
  ];
}
