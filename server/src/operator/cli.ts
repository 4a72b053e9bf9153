import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_ATTESTATION_MONTHS } from '../attestations';
import { openDataFolder } from '../dataFolder';
import { DECISION_LABELS, messages, OperatorError, render, STATE_LABELS } from './messages';
import { Operator } from './operator';
import type { ListedSubmission } from './operator';

export interface OperatorIo {
  dataDir: string;
  out: (text: string) => void;
  err: (text: string) => void;
  now?: () => Date;
}

/**
 * `npm run operator -- <command>`: the prefecture's side of the reference server, for demos, e2e tests
 * and mediators' training. Returns the exit code: 0 done, 1 refused (unknown id, invalid transition),
 * 2 usage mistake.
 */
export function runOperator(argv: readonly string[], io: OperatorIo): number {
  const [command, ...args] = argv;
  if (command === undefined) {
    io.err(render(messages.usage));
    return 2;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(render(messages.usage));
    return 0;
  }
  if (!['list', 'review', 'decide', 'attest'].includes(command)) {
    io.err(`${render(messages.unknownCommand(command))}\n\n${render(messages.usage)}`);
    return 2;
  }
  let folder: ReturnType<typeof openDataFolder> | undefined;
  try {
    // Never create a data folder: a mistyped RELAIS_DATA_DIR would otherwise look like "no submissions".
    if (!existsSync(join(io.dataDir, 'relais.sqlite'))) throw new OperatorError(messages.noDataFolder(resolve(io.dataDir)));
    folder = openDataFolder(io.dataDir);
    const operator = new Operator(folder, io.now);
    io.out(execute(operator, command, args));
    return 0;
  } catch (error) {
    if (!(error instanceof OperatorError)) throw error;
    io.err(render(error.bilingual));
    return error.exitCode;
  } finally {
    folder?.db.close();
  }
}

function execute(operator: Operator, command: string, args: string[]): string {
  if (command === 'list') return listing(operator.list());
  const reference = args[0];
  if (reference === undefined || reference.startsWith('--')) throw new OperatorError(messages.missingReference, 2);
  switch (command) {
    case 'review': {
      const { row, review } = operator.review(reference);
      return `${row.receipt_number ?? row.id}: ${STATE_LABELS['under-review'].fr} / ${STATE_LABELS['under-review'].en} (${review.updatedAt})`;
    }
    case 'decide': {
      const decision = args[1];
      if (decision !== 'granted' && decision !== 'refused') throw new OperatorError(messages.invalidDecision(decision ?? ''), 2);
      const { row, review } = operator.decide(reference, decision);
      const label = DECISION_LABELS[decision];
      return `${row.receipt_number ?? row.id}: ${STATE_LABELS.decided.fr}, ${label.fr} / ${STATE_LABELS.decided.en}, ${label.en} (${review.updatedAt})`;
    }
    default: {
      const attestation = operator.attest(reference, months(args.slice(1)));
      return [
        `${attestation.number} — attestation de prolongation d’instruction / extension-of-review certificate`,
        `  dossier / submission: ${attestation.submissionId}`,
        `  délivrée / issued:    ${attestation.issuedAt}`,
        `  valable jusqu’au / valid until: ${attestation.validUntil}`,
      ].join('\n');
    }
  }
}

/** `--months N` or `--months=N`; 3 when absent (the longest R. 431-15-1 allows). */
function months(args: string[]): number {
  let raw: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--months') raw = args[++i] ?? '';
    else if (arg.startsWith('--months=')) raw = arg.slice('--months='.length);
    else throw new OperatorError(messages.unknownCommand(arg), 2);
  }
  if (raw === undefined) return MAX_ATTESTATION_MONTHS;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < 1 || value > MAX_ATTESTATION_MONTHS) throw new OperatorError(messages.invalidMonths(raw), 2);
  return value;
}

function listing(rows: ListedSubmission[]): string {
  if (rows.length === 0) return render(messages.noSubmissions);
  const table = [
    ['NUMÉRO / NUMBER', 'ID', 'ÉTAT / STATE', 'DÉPÔT / FILED AT'],
    ...rows.map((row) => [row.number ?? '-', row.id, row.state, row.filedAt ?? '-']),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0))) ?? [];
  return table.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
