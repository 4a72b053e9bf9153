import { randomInt } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIX, apiPaths, faultSettings, TEST_FAULTS_PATH } from '@/contract';
import type { FaultCounters, FaultSettings } from '@/contract';
import { problemBody, ProblemError, sendProblem } from '../problem';
import { toFieldErrors } from '../routes/submissions';
import { seededRandom } from './prng';

/** Never disturbed: a client must be able to tell "server up" and fetch keys while faults rain. */
const SPARED = new Set<string>([apiPaths.health, apiPaths.keys]);

/**
 * The test-only fault switch (src/contract/testFaults.ts): injected 500s before any handler runs, and
 * answers lost after the handler has committed — the two failures an exactly-once client must survive
 * (the second is the nasty one: the server did the work, the client cannot know). Registered only
 * when buildServer gets `faults: true`; all rates start at 0.
 */
export function registerFaults(app: FastifyInstance): void {
  let settings: FaultSettings = { failBefore: 0, dropAfter: 0 };
  let random = seededRandom(randomInt(2 ** 31));
  const counters = { failed: 0, dropped: 0, requests: 0 };
  const toDrop = new WeakSet<FastifyRequest>();

  const report = (): FaultCounters => ({ failBefore: settings.failBefore, dropAfter: settings.dropAfter, ...counters });
  const targeted = (url: string): boolean => {
    const path = url.split('?', 1)[0] ?? '';
    if (!path.startsWith(`${API_PREFIX}/`) || SPARED.has(path)) return false;
    return settings.only === undefined || path.startsWith(settings.only);
  };

  app.addHook('onRequest', async (request, reply) => {
    if (!targeted(request.url)) return;
    counters.requests += 1;
    if (random() < settings.failBefore) {
      counters.failed += 1;
      return sendProblem(reply, problemBody(500, 'injected-failure'));
    }
    if (random() < settings.dropAfter) toDrop.add(request);
  });

  // After parsing, before the handler: a refused submission is never created, as a real 422 would be.
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || request.url !== apiPaths.submissions) return;
    const answers = (request.body as { answers?: Record<string, unknown> } | null)?.answers ?? {};
    const refused = (settings.refuse ?? []).filter((rule) => answers[rule.field] === rule.equals);
    if (refused.length === 0) return;
    throw new ProblemError(
      422,
      'validation',
      'Refused by the national service',
      refused.map((rule) => ({ field: `answers/${rule.field}`, code: rule.code })),
    );
  });

  // onSend runs once the handler is done, and so once what it stored is committed.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (toDrop.has(request)) {
      toDrop.delete(request);
      counters.dropped += 1;
      request.raw.socket.destroy();
    }
    return payload;
  });

  app.get(TEST_FAULTS_PATH, async (): Promise<FaultCounters> => report());
  // A PUT starts a fresh run: new rates, counters at zero, the generator re-seeded.
  app.put(TEST_FAULTS_PATH, async (request): Promise<FaultCounters> => {
    const parsed = faultSettings.safeParse(request.body);
    if (!parsed.success) throw new ProblemError(422, 'validation', undefined, toFieldErrors(parsed.error.issues));
    settings = parsed.data;
    random = seededRandom(settings.seed ?? randomInt(2 ** 31));
    Object.assign(counters, { failed: 0, dropped: 0, requests: 0 });
    return report();
  });
}
