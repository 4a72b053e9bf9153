/**
 * The kiosk's clock, free of React and the DOM so that it is tested with fake timers: after
 * `idleMs` without input, a countdown of `countdownSeconds`; at zero, `onExpire` (the screen
 * erases everything of that person) and a fresh idle period for the next one.
 *
 * Input during the countdown does not cancel it: the question was asked, and only an answer
 * (`stillHere`) keeps the session. A kiosk's screen gets bumped and brushed by passers-by; a touch
 * must not keep someone else's data on display.
 */
export type IdlePhase = { phase: 'active' } | { phase: 'countdown'; secondsLeft: number };

export interface IdleCountdownOptions {
  idleMs: number;
  /** 0: no countdown, `onExpire` as soon as the idle time is over (the mediator's lock). */
  countdownSeconds: number;
  onChange: (state: IdlePhase) => void;
  onExpire: () => void;
  now?: () => number;
}

export interface IdleCountdown {
  /** Any input from the person (pointer, key, touch, scroll). Cheap: called on every pointer move. */
  activity(): void;
  /** The person answered the countdown: a new idle period starts. */
  stillHere(): void;
  state(): IdlePhase;
  dispose(): void;
}

const SECOND = 1_000;

export function createIdleCountdown(options: IdleCountdownOptions): IdleCountdown {
  const now = options.now ?? Date.now;
  let state: IdlePhase = { phase: 'active' };
  let lastActivity = now();
  let countdownEndsAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const set = (next: IdlePhase) => {
    state = next;
    options.onChange(next);
  };
  const arm = (ms: number, run: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, ms));
  };

  // Activity only moves a timestamp; the timer checks it when it fires and sleeps again for what
  // is left, instead of being re-armed on every pointer move.
  const checkIdle = () => {
    const left = lastActivity + options.idleMs - now();
    if (left > 0) return arm(left, checkIdle);
    if (options.countdownSeconds <= 0) {
      // No question (a mediator's tablet locks, it erases nothing): expire at the end of the idle time.
      restart();
      return options.onExpire();
    }
    countdownEndsAt = now() + options.countdownSeconds * SECOND;
    set({ phase: 'countdown', secondsLeft: options.countdownSeconds });
    arm(SECOND, tick);
  };

  const tick = () => {
    const secondsLeft = Math.ceil((countdownEndsAt - now()) / SECOND);
    if (secondsLeft > 0) {
      if (state.phase === 'countdown' && state.secondsLeft !== secondsLeft) set({ phase: 'countdown', secondsLeft });
      // Aligned on the countdown's own seconds, so a late timer does not make the count drift.
      return arm(countdownEndsAt - (secondsLeft - 1) * SECOND - now(), tick);
    }
    restart();
    options.onExpire();
  };

  const restart = () => {
    lastActivity = now();
    set({ phase: 'active' });
    arm(options.idleMs, checkIdle);
  };

  arm(options.idleMs, checkIdle);

  return {
    activity() {
      if (state.phase === 'active') lastActivity = now();
    },
    stillHere() {
      if (!disposed) restart();
    },
    state: () => state,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
