// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { submissionStatus } from '@/contract';
import { runOperator } from '../../../server/src/operator/cli';
import { fileSubmission, makeServer } from './helpers';
import type { TestServer } from './helpers';

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '../../..');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function operator(argv: string[], dataDir: string, now?: () => Date) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runOperator(argv, { dataDir, out: (t) => out.push(t), err: (t) => err.push(t), ...(now ? { now } : {}) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('operator CLI (in process)', () => {
  it('lists, reviews, attests and decides, while the server keeps answering', async () => {
    server = await makeServer();
    const { key, receipt } = await fileSubmission(server.app);
    const dir = server.dataDir;

    const list = operator(['list'], dir);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/NUMÉRO \/ NUMBER/);
    expect(list.out.split('\n')[1]?.split(/\s+/)).toEqual([receipt.number, key, 'filed', receipt.filedAt]);

    expect(operator(['review', receipt.number], dir).code).toBe(0);
    const attest = operator(['attest', key, '--months', '2'], dir, () => new Date('2026-03-10T09:00:00Z'));
    expect(attest.code).toBe(0);
    expect(attest.out).toMatch(/^API-20260310-\w{6} — attestation de prolongation d’instruction/);
    expect(attest.out).toContain('2026-05-10');
    expect(operator(['decide', key, 'granted'], dir).out).toContain('accordé');

    const status = submissionStatus.parse((await server.app.inject({ method: 'GET', url: `/api/v1/submissions/${key}` })).json());
    expect(status).toMatchObject({ state: 'decided', review: { stage: 'decided', decision: 'granted' } });
    expect(status.attestations).toHaveLength(1);
  });

  it('answers usage mistakes with exit code 2 and refusals with 1, in French and English', async () => {
    server = await makeServer();
    const { key } = await fileSubmission(server.app);
    const dir = server.dataDir;
    expect(operator([], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/Usage :[\s\S]*Usage:/) as unknown });
    expect(operator(['frobnicate'], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/Commande inconnue[\s\S]*Unknown command/) as unknown });
    expect(operator(['review'], dir).code).toBe(2);
    expect(operator(['decide', key, 'maybe'], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/Décision invalide[\s\S]*Invalid decision/) as unknown });
    expect(operator(['attest', key, '--months', '4'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('R. 431-15-1') as unknown });
    expect(operator(['attest', key, '--months=0'], dir).code).toBe(2);
    expect(operator(['decide', key, 'granted'], dir)).toMatchObject({ code: 1, err: expect.stringMatching(/instruction[\s\S]*under review first/) as unknown });
    expect(operator(['review', 'RLS-19990101-ZZZZZZ'], dir)).toMatchObject({ code: 1, err: expect.stringMatching(/Aucun dossier[\s\S]*No submission/) as unknown });
  });

  it('never creates a data folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'relais-operator-'));
    try {
      expect(operator(['list'], join(empty, 'missing'))).toMatchObject({ code: 1, err: expect.stringContaining('RELAIS_DATA_DIR') as unknown });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('npm run operator (child process)', () => {
  it('runs scripts/operator.ts on RELAIS_DATA_DIR', async () => {
    server = await makeServer();
    const { key, receipt } = await fileSubmission(server.app);
    const env = { ...process.env, RELAIS_DATA_DIR: server.dataDir };
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    const reviewed = await run(tsx, ['scripts/operator.ts', 'review', receipt.number], { cwd: repoRoot, env });
    expect(reviewed.stdout).toContain('en instruction / under review');
    const refused = await run(tsx, ['scripts/operator.ts', 'review', key], { cwd: repoRoot, env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/déjà en instruction\.\n.*already under review/);
  }, 30_000);
});
