import { z } from 'zod/mini';

/**
 * The reference server's fault switch, for tests only: NOT part of contract v1 (a real endpoint has
 * no such route, and the OpenAPI document leaves it out). It lives here so the e2e tests and the
 * server parse one shape. Exists only when the server was started with RELAIS_TEST_FAULTS=1.
 */
export const TEST_FAULTS_PATH = '/api/test/faults';

const rate = z.number().check(z.gte(0), z.lte(1));

/**
 * Body of PUT /api/test/faults. For each /api/v1/ request but health and keys (and only under `only`,
 * a path prefix, when given): `failBefore` is the chance of a 500 `injected-failure` before any
 * handler runs; otherwise `dropAfter` the chance that, once the handler has committed, the connection
 * is cut with no answer. `seed` makes the draws repeatable.
 */
export const faultSettings = z.object({
  failBefore: rate,
  dropAfter: rate,
  seed: z.optional(z.number().check(z.int())),
  only: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /**
   * Business refusals the reference server does not model (ANEF checks a foreign national number
   * against its own files, AGDREF): a submission whose `answers[field]` equals `equals` is refused
   * with a 422 naming `answers/<field>` and `code`, as the national service would.
   */
  refuse: z.optional(
    z.array(
      z.object({
        field: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/)),
        equals: z.string().check(z.maxLength(2000)),
        code: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/)),
      }),
    ),
  ),
});
export type FaultSettings = z.infer<typeof faultSettings>;

/** Answer of GET (and PUT) /api/test/faults: the rates and what they did since the last PUT. */
export const faultCounters = z.object({
  failBefore: rate,
  dropAfter: rate,
  failed: z.number().check(z.int()),
  dropped: z.number().check(z.int()),
  requests: z.number().check(z.int()),
});
export type FaultCounters = z.infer<typeof faultCounters>;
