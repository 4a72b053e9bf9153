import { createHash } from 'node:crypto';
import type { ApiClient } from '@/sync';
import type { BenchDocument } from './dataset';
import { measurePlain, measureRunner, type Measurement } from './measure';

/**
 * What the two changes the profile points at would save, measured without touching src/: the
 * runner is left as it is and only its ApiClient is wrapped.
 *
 * - `noHead`: every submission here is created in this very drain, so the server cannot hold a
 *   byte of its documents yet; the HEAD is answered "offset 0" locally instead of asked. (In
 *   src/ the rule would be: skip the HEAD for documents of a row that was still at stage 'create'
 *   when this send began; a 409 offset-mismatch still corrects any surprise.)
 * - `wholePatch`: the first chunk's PATCH carries the rest of the document instead (the chunk is a
 *   view on the whole document's bytes), i.e. one PATCH per 300 KB document, as an adaptive chunk
 *   size would do on a fast link. The runner still hashes its 256 KB chunk as well, so this
 *   slightly understates the saving.
 */
export function wrapForWhatIf(inner: ApiClient, change: { noHead: boolean; wholePatch: boolean }): ApiClient {
  return {
    ...inner,
    uploadOffset: (id, docId) => (change.noHead ? Promise.resolve({ offset: 0, length: 0 }) : inner.uploadOffset(id, docId)),
    patchChunk(id, docId, offset, chunk, checksum) {
      const rest = new Uint8Array(chunk.buffer, chunk.byteOffset);
      if (!change.wholePatch || rest.byteLength === chunk.byteLength) return inner.patchChunk(id, docId, offset, chunk, checksum);
      return inner.patchChunk(id, docId, offset, rest, createHash('sha256').update(rest).digest('base64'));
    },
  };
}

export const WHAT_IF_VARIANTS = ['runner as it is', 'no HEAD before a document of a submission just created',
  'no HEAD + each document in one PATCH', 'plain script'] as const;

/** Per variant (WHAT_IF_VARIANTS order), every pass. */
export type WhatIfResult = Measurement[][];

/**
 * `rounds` rounds, each running every variant once on fresh servers: interleaved, so a busy spell
 * of the machine hits all variants alike rather than one of them.
 */
export async function whatIf(dataset: BenchDocument[][], rounds: number): Promise<WhatIfResult> {
  const wrapped = (noHead: boolean, wholePatch: boolean) => ({
    wrapApi: (api: ApiClient) => wrapForWhatIf(api, { noHead, wholePatch }),
  });
  const results: WhatIfResult = WHAT_IF_VARIANTS.map(() => []);
  for (let round = 0; round < rounds; round++) {
    results[0]?.push(await measureRunner(dataset));
    results[1]?.push(await measureRunner(dataset, wrapped(true, false)));
    results[2]?.push(await measureRunner(dataset, wrapped(true, true)));
    results[3]?.push(await measurePlain(dataset));
  }
  return results;
}
