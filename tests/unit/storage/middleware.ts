import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { RelaisDexie } from '@/storage';

/**
 * Dexie middlewares for tests: they sit under the real IndexedDB calls to observe transaction
 * options or to fail one write, which is how we prove atomicity and the quota path without a real
 * full disk. Register before the first query: Dexie builds its middleware stack when it opens.
 */
export function spyDurability(db: RelaisDexie): (string | undefined)[] {
  const seen: (string | undefined)[] = [];
  db.use({
    stack: 'dbcore',
    name: 'spy-durability',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite') seen.push(options?.durability);
        return down.transaction(stores, mode, options);
      },
    }),
  });
  return seen;
}

export function failWrites(db: RelaisDexie, when: (table: string, req: DBCoreMutateRequest) => Error | null): void {
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            const error = when(name, req);
            return error ? Promise.reject(error) : table.mutate(req);
          },
        };
      },
    }),
  });
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
