import { useEffect } from 'react';
import { createIdleCountdown } from '@/features/kiosk/idleCountdown';
import { listenForActivity } from '@/features/shared/activity';
import { lockNow } from '@/state/session';

/**
 * Locks the tablet after `minutes` without input (runtime config `mediatorLockMinutes`), with the
 * kiosk's clock and the same list of inputs. No "are you still there?" question, unlike the kiosk:
 * the person in front of the tablet may not be its mediator, and must not be the one to answer.
 */
export function IdleLock({ minutes }: { minutes: number }) {
  useEffect(() => {
    const clock = createIdleCountdown({
      idleMs: minutes * 60_000,
      countdownSeconds: 0,
      onChange: () => undefined,
      onExpire: () => lockNow(),
    });
    const stopListening = listenForActivity(() => clock.activity());
    return () => {
      stopListening();
      clock.dispose();
    };
  }, [minutes]);
  return null;
}
