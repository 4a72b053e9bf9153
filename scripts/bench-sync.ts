/**
 * `npm run bench:sync`: how much slower the real outbox runner delivers than the simplest correct
 * client, against the real reference server started in this process. Both send the same 100
 * dossiers × 3 documents × 300 KB; the runner's database is filed before the clock starts. Prints
 * every run, the medians, the ratio against the target, requests per dossier and bytes on the wire;
 * with `--profile`, or when the target is missed, a per-phase breakdown of one more runner drain
 * and what-if passes of the two request-level changes it points at (docs/benchmarks.md).
 * Exits 0 when it could measure: the figures inform, the verdict line says whether the target holds.
 */
// First: Dexie must find the fake IndexedDB when it loads (see the module).
import './bench/sync/indexedDbInNode';
import { makeDataset, totalBytes } from './bench/sync/dataset';
import { measurePlain, measureRunner, type Measurement } from './bench/sync/measure';
import { profile } from './bench/sync/profile';
import { profileLines, whatIfLines } from './bench/sync/profileReport';
import { loadLine, median, mib, seconds, summaryLine } from './bench/sync/report';
import { whatIf } from './bench/sync/whatIf';

const DOSSIERS = 100;
const DOCUMENTS_PER_DOSSIER = 3;
const RUNS = 3;
const TARGET_RATIO = 1.5;
/** A few dossiers through each client first, unreported: JIT and lazy module state out of run 1. */
const WARM_UP_DOSSIERS = 5;

async function main() {
  const dataset = makeDataset(DOSSIERS, DOCUMENTS_PER_DOSSIER);
  const payload = totalBytes(dataset);
  console.log(`\nSync bench — ${DOSSIERS} dossiers × ${DOCUMENTS_PER_DOSSIER} documents × 300 KB (PDF-looking, varied bytes) = ${mib(payload)}`);
  console.log('  server: the reference server (buildServer) in this process, 127.0.0.1 on a random port, fresh temp data dir per run');
  console.log('  runner: createOutboxRunner + createApiClient, Dexie storage on fake-indexeddb in Node (as the unit tests run it,');
  console.log("          not a browser's IndexedDB); all dossiers filed before the clock starts; drain('start') until the outbox is empty");
  console.log('  plain:  POST submission, PUT each document whole with Content-Digest, POST complete; sequential; same bytes, new ids');
  console.log(`  ${RUNS} runs each, interleaved, after an unreported warm-up of ${WARM_UP_DOSSIERS} dossiers per client`);
  // Both clients and the server share this machine's cores and disk with whatever else runs.
  console.log(`  ${loadLine()}\n`);

  const warmUp = dataset.slice(0, WARM_UP_DOSSIERS);
  await measureRunner(warmUp);
  await measurePlain(warmUp);

  const runner: Measurement[] = [];
  const plain: Measurement[] = [];
  for (let run = 1; run <= RUNS; run++) {
    runner.push(await measureRunner(dataset));
    plain.push(await measurePlain(dataset));
    const r = runner[runner.length - 1];
    const p = plain[plain.length - 1];
    if (r && p) {
      console.log(`  run ${run}: runner ${seconds(r.ms)}, plain ${seconds(p.ms)}, ratio ${(r.ms / p.ms).toFixed(2)}` +
        `   (CPU ${seconds(r.cpuMs)} vs ${seconds(p.cpuMs)}, ratio ${(r.cpuMs / p.cpuMs).toFixed(2)})`);
    }
  }

  const ratio = median(runner.map((r) => r.ms)) / median(plain.map((p) => p.ms));
  console.log('');
  console.log(summaryLine('runner (outbox, resumable chunks)', runner, DOSSIERS, payload));
  console.log(summaryLine('plain script (whole PUTs)', plain, DOSSIERS, payload));
  const cpuRatio = median(runner.map((r) => r.cpuMs)) / median(plain.map((p) => p.cpuMs));
  console.log(`\n  ratio runner / plain (medians): ${ratio.toFixed(2)}   target ≤ ${TARGET_RATIO}`);
  console.log(`  (CPU-time ratio, for a busy machine: ${cpuRatio.toFixed(2)})`);
  if (ratio > TARGET_RATIO || process.argv.includes('--profile')) {
    console.log(profileLines(await profile(dataset), DOSSIERS, DOSSIERS * DOCUMENTS_PER_DOSSIER).join('\n'));
    console.log(whatIfLines(await whatIf(dataset, RUNS)).join('\n'));
  }
  console.log(`\n  ${loadLine()}`);
  console.log(ratio <= TARGET_RATIO ? '\nVERDICT: target met' : '\nVERDICT: target missed (informative, exit 0)');
}

await main();
