import { cpus, loadavg } from 'node:os';
import type { Measurement } from './measure';
import type { RequestTally } from './meter';

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** "HEAD document ×300, PATCH document ×600…": what a client asked, in contract terms. */
export function describeTally(tally: RequestTally, dossiers: number): string {
  return [...tally.entries()]
    .sort(([, a], [, b]) => b.count - a.count)
    .map(([kind, { count }]) => `${kind} ×${count}${count % dossiers === 0 ? ` (${count / dossiers}/dossier)` : ''}`)
    .join(', ');
}

export function summaryLine(label: string, runs: readonly Measurement[], dossiers: number, payload: number): string {
  const times = runs.map((r) => r.ms);
  const last = runs[runs.length - 1];
  if (last === undefined) return `${label}: no run`;
  const mid = median(times);
  const perDossier = (last.requests / dossiers).toFixed(2);
  const up = median(runs.map((r) => r.wire.up));
  const down = median(runs.map((r) => r.wire.down));
  const overhead = (((up - payload) / payload) * 100).toFixed(2);
  return [
    `  ${label}`,
    `    median ${seconds(mid)}   runs ${times.map(seconds).join(', ')}   (${(payload / 1024 / 1024 / (mid / 1000)).toFixed(1)} MiB/s of documents)`,
    `    CPU of this process (client + server): median ${seconds(median(runs.map((r) => r.cpuMs)))}   runs ${runs.map((r) => seconds(r.cpuMs)).join(', ')}`,
    `    requests ${last.requests} = ${perDossier} per dossier: ${describeTally(last.tally, dossiers)}`,
    `    on the wire: up ${mib(up)} (${up} B, +${overhead} % over the documents), down ${mib(down)}; TCP connections ${last.wire.connections}`,
    `    untimed setup per run: ${runs.map((r) => seconds(r.setupMs)).join(', ')}`,
  ].join('\n');
}

export function loadLine(): string {
  const [one = 0, five = 0] = loadavg();
  return `machine: ${cpus().length} cores, load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`;
}
