import { act, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, useAutosave } from '@/features/shared/useAutosave';
import { freshRootPerTest } from './support/testRoot';

const mounted = freshRootPerTest();

type Handle = ReturnType<typeof useAutosave<string>>;

/** A component that hands its autosave out, as FieldsStepForm uses it. */
function Harness({ save, expose }: { save: (value: string) => Promise<void>; expose: (handle: Handle) => void }) {
  const autosave = useAutosave<string>(save);
  useEffect(() => {
    expose(autosave);
  });
  return null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave (issue 13: every keystroke durable within 300 ms, even typing without a pause)', () => {
  it('while someone types every 40 ms for 2 s, a write starts at most 150 ms after each unsaved keystroke', async () => {
    vi.useFakeTimers();
    const writes: { at: number; value: string }[] = [];
    let handle: Handle | undefined;
    const start = Date.now();
    act(() => mounted.root.render(<Harness save={(value) => {
          writes.push({ at: Date.now() - start, value });
          return Promise.resolve();
        }} expose={(h) => (handle = h)} />));
    let typed = '';
    const keystrokes: { at: number; value: string }[] = [];
    for (let i = 0; i < 50; i++) {
      typed += String.fromCharCode(97 + (i % 26));
      keystrokes.push({ at: Date.now() - start, value: typed });
      act(() => handle?.schedule(typed));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(40);
      });
    }
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    // A debounce alone would have written once, at the end. Each keystroke is in a write that
    // started within the maximum wait of it.
    expect(writes.length).toBeGreaterThan(10);
    for (const key of keystrokes) {
      const covering = writes.find((write) => write.value.length >= key.value.length);
      expect(covering, `keystroke at ${String(key.at)} ms`).toBeDefined();
      expect((covering?.at ?? Infinity) - key.at).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
    }
    expect(writes.at(-1)?.value).toBe(typed);
  });

  it('writes in order, one after the other: a slow write is never overtaken by a later one', async () => {
    vi.useFakeTimers();
    const landed: string[] = [];
    let release: (() => void) | undefined;
    let handle: Handle | undefined;
    const save = (value: string) =>
      new Promise<void>((resolve) => {
        const done = () => {
          landed.push(value);
          resolve();
        };
        if (value === 'a') release = done;
        else done();
      });
    act(() => mounted.root.render(<Harness save={save} expose={(h) => (handle = h)} />));
    act(() => handle?.schedule('a'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    act(() => handle?.schedule('ab'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(landed).toEqual([]);
    release?.();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(landed).toEqual(['a', 'ab']);
  });
});
