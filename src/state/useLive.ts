import { useEffect, useRef, useState } from 'react';
import { observe } from '@/storage';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Re-renders when the data behind `query` changes in IndexedDB — from this tab, another tab or
 * the outbox runner. `key` names what is watched: a new key starts a new subscription.
 */
export function useLive<T>(key: string, query: () => Promise<T>): Live<T> {
  const [state, setState] = useState<{ key: string; live: Live<T> }>({ key, live: { status: 'loading' } });
  const queryRef = useRef(query);
  useEffect(() => {
    queryRef.current = query;
  });
  useEffect(() => {
    const subscription = observe(() => queryRef.current()).subscribe(
      (value) => setState({ key, live: { status: 'ready', value } }),
      (error: unknown) => setState({ key, live: { status: 'error', error } }),
    );
    return () => subscription.unsubscribe();
  }, [key]);
  return state.key === key ? state.live : { status: 'loading' };
}
