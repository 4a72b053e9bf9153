import { liveQuery } from 'dexie';

export interface Subscription {
  unsubscribe(): void;
}
export interface Observable<T> {
  subscribe(onNext: (value: T) => void, onError?: (error: unknown) => void): Subscription;
}

/**
 * Re-runs `query` whenever the rows it read change (in this context, another connection, or another
 * tab), so screens re-render without importing Dexie. The query must only await storage reads: an
 * unrelated await (fetch, crypto) makes Dexie lose track of what was read.
 */
export function observe<T>(query: () => Promise<T>): Observable<T> {
  const observable = liveQuery(query);
  return {
    subscribe(onNext, onError) {
      const subscription = observable.subscribe({
        next: onNext,
        error: (error: unknown) => onError?.(error),
      });
      return { unsubscribe: () => subscription.unsubscribe() };
    },
  };
}
