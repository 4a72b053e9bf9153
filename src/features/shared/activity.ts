/**
 * Every kind of input that shows a person is at the screen, for the idle clocks (the kiosk's erase,
 * the mediator's lock). `input` too: voice typing, autofill and some virtual keyboards change a
 * field without a key event. Scroll does not bubble: captured.
 */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'input', 'touchstart', 'wheel', 'scroll'] as const;

/** Calls `onActivity` on any input anywhere in the page; returns the way to stop listening. */
export function listenForActivity(onActivity: () => void): () => void {
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
  return () => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
  };
}
