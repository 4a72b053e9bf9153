// `npm run operator -- <command>`: the prefecture's side of the reference server (review, decision,
// attestations) on the data folder the server uses; safe while the server runs (SQLite WAL).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOperator } from '../server/src/operator/cli';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Same rule as the server (server/src/start.ts): relative to the repository root, ./data by default.
const dataDir = resolve(repoRoot, process.env.RELAIS_DATA_DIR ?? 'data');

try {
  process.exitCode = runOperator(process.argv.slice(2), {
    dataDir,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Erreur / Error: ${message}\n`);
  process.exitCode = 1;
}
