import { useCallback, useEffect, useRef, useState } from 'react';
import { trackWrite } from '@/features/shared/pendingWrites';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** The budget is 300 ms from keystroke to durable; the write itself takes a few ms. */
export const AUTOSAVE_DELAY_MS = 200;

/**
 * Debounced saving that never drops the last change: pending values are flushed when the page is
 * hidden or closed (pagehide fires on mobile where unload does not), and when the form unmounts.
 */
export function useAutosave<T>(save: (values: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    if (values === null) return;
    pending.current = null;
    setState('saving');
    try {
      // Tracked: locking a mediator's profile waits for this last save before dropping the key.
      await trackWrite(saveRef.current(values));
      setState('saved');
    } catch {
      setState('failed');
      // Keep the values so the next change or flush tries again: nothing typed is dropped.
      pending.current ??= values;
    }
  }, []);

  const schedule = useCallback(
    (values: T) => {
      pending.current = values;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
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
