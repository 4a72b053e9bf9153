import { useCallback, useEffect, useRef, useState } from 'react';
import { trackWrite } from '@/state/pendingWrites';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The promise is "every keystroke durable within 300 ms", also while someone types without a pause
 * (a mediator, a person who types fast): a write starts after a short quiet moment, but never later
 * than MAX_WAIT after the first unsaved keystroke — a debounce alone restarts on every key and,
 * measured, lost words typed well over 300 ms before a phone killed the browser. The rest of the
 * budget is the write itself (sealing, then IndexedDB).
 */
export const AUTOSAVE_QUIET_MS = 100;
export const AUTOSAVE_MAX_WAIT_MS = 150;

/**
 * Saving that never drops the last change and never reorders two: writes go one after the other
 * (a later one could otherwise land first and be overwritten by an older one); pending values are
 * flushed when the page is hidden or closed (pagehide fires on mobile where unload does not), and
 * when the form unmounts.
 */
export function useAutosave<T>(save: (values: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<T | null>(null);
  const firstPendingAt = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const writing = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    firstPendingAt.current = null;
    const values = pending.current;
    if (values === null) return writing.current;
    pending.current = null;
    setState('saving');
    const write = async () => {
      try {
        // Tracked: locking a mediator's profile waits for this last save before dropping the key.
        await trackWrite(saveRef.current(values));
        setState('saved');
      } catch {
        setState('failed');
        // Keep the values so the next change or flush tries again: nothing typed is dropped.
        pending.current ??= values;
      }
    };
    writing.current = writing.current.then(write);
    return writing.current;
  }, []);

  const schedule = useCallback(
    (values: T) => {
      pending.current = values;
      const now = Date.now();
      firstPendingAt.current ??= now;
      if (timer.current !== null) clearTimeout(timer.current);
      const due = Math.min(now + AUTOSAVE_QUIET_MS, firstPendingAt.current + AUTOSAVE_MAX_WAIT_MS);
      timer.current = setTimeout(() => void flush(), Math.max(0, due - now));
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
