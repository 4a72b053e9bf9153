import { plainSubmissions, type BenchDocument } from './dataset';
import { createMeter, type RequestTally } from './meter';
import { uploadPlain } from './plainClient';
import { drainAll, fileOutbox } from './runnerClient';
import { startBenchServer, wireSince, type ServerTimes, type Wire } from './server';

export interface Measurement {
  ms: number;
  /**
   * CPU time of this process (client and server alike) over the same span: far less swayed than
   * wall time by other work on a shared machine, so it shows the extra work itself.
   */
  cpuMs: number;
  requests: number;
  tally: RequestTally;
  wire: Wire;
  /** Untimed preparation (filing the outbox; building the plain set), for information. */
  setupMs: number;
  serverTimes: ServerTimes;
}

export interface MeasureOptions {
  /** Per-route server timing hooks (profile only: they add work to every request). */
  timeRoutes?: boolean;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Throws unless the server holds a receipt for every dossier and every document: no silent half-run. */
function checkDelivered(held: { receipts: number; documentsReceived: number }, dataset: BenchDocument[][], who: string) {
  const documents = dataset.reduce((sum, docs) => sum + docs.length, 0);
  if (held.receipts !== dataset.length || held.documentsReceived !== documents) {
    throw new Error(`${who}: server holds ${held.receipts} receipts / ${held.documentsReceived} documents, expected ${dataset.length} / ${documents}`);
  }
}

/** One runner measurement on a fresh server: file everything (untimed), then time the drains. */
export async function measureRunner(
  dataset: BenchDocument[][],
  options: MeasureOptions & {
    instrument?: Parameters<typeof fileOutbox>[1];
    onClock?: (running: boolean) => void;
    wrapApi?: Parameters<typeof drainAll>[3];
  } = {},
): Promise<Measurement> {
  const server = await startBenchServer({ timeRoutes: options.timeRoutes === true });
  try {
    const setupStart = performance.now();
    const outbox = await fileOutbox(dataset, options.instrument);
    const setupMs = performance.now() - setupStart;
    try {
      const meter = createMeter();
      const before = server.wire();
      options.onClock?.(true);
      const cpu = process.cpuUsage();
      const started = performance.now();
      await drainAll(outbox, server.baseUrl, meter.fetch, options.wrapApi);
      const ms = performance.now() - started;
      const cpuMs = cpuSince(cpu);
      options.onClock?.(false);
      const wire = wireSince(server, before);
      checkDelivered(server.held(), dataset, 'runner');
      return { ms, cpuMs, requests: meter.requests(), tally: meter.tally, wire, setupMs, serverTimes: server.serverTimes };
    } finally {
      await outbox.drop();
    }
  } finally {
    await server.close();
  }
}

/** One plain-client measurement on a fresh server and a fresh submission set (new ids, same bytes). */
export async function measurePlain(dataset: BenchDocument[][], options: MeasureOptions = {}): Promise<Measurement> {
  const server = await startBenchServer({ timeRoutes: options.timeRoutes === true });
  try {
    const setupStart = performance.now();
    const submissions = plainSubmissions(dataset);
    const setupMs = performance.now() - setupStart;
    const meter = createMeter();
    const before = server.wire();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await uploadPlain(server.baseUrl, submissions, meter.fetch);
    const ms = performance.now() - started;
    const cpuMs = cpuSince(cpu);
    const wire = wireSince(server, before);
    checkDelivered(server.held(), dataset, 'plain');
    return { ms, cpuMs, requests: meter.requests(), tally: meter.tally, wire, setupMs, serverTimes: server.serverTimes };
  } finally {
    await server.close();
  }
}
