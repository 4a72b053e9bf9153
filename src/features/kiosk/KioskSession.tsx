import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@/state/navigation';
import { listenForActivity } from '@/features/shared/activity';
import { CountdownDialog } from './CountdownDialog';
import { createIdleCountdown, type IdleCountdown, type IdlePhase } from './idleCountdown';
import { beginKioskVisit, eraseKioskSession } from '@/state/kioskErase';
import { useLeftBehindSweep } from './useLeftBehindSweep';
import './kiosk.css';

/**
 * Kiosk mode (docs/design.md: "nothing left behind after a person leaves"): no sign-in; after
 * `idleSeconds` without input, a countdown; at zero, everything of that person is erased, the
 * language goes back to French and the screen back to home. Dossiers filed and still waiting for
 * the network are erased right after their delivery, whichever context delivers them (this page
 * or the service worker): the sweep follows the dossiers through storage's `observe`.
 */
export function KioskSession({ idleSeconds, countdownSeconds }: { idleSeconds: number; countdownSeconds: number }) {
  const { i18n } = useTranslation();
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const clock = useRef<IdleCountdown | null>(null);

  useEffect(() => {
    const countdown = createIdleCountdown({
      idleMs: idleSeconds * 1_000,
      countdownSeconds,
      onChange: setPhase,
      onExpire: () => {
        // Home first: the form unmounts (its last autosave lands or fails on a missing dossier)
        // and nothing of the person stays on screen while storage is cleared.
        navigate({ name: 'home' }, { replace: true });
        void i18n.changeLanguage('fr');
        // A failure leaves the rest for the next expiry; left-behind rows are recorded first.
        eraseKioskSession().catch(() => undefined);
      },
    });
    clock.current = countdown;
    const stopListening = listenForActivity(() => countdown.activity());
    return () => {
      stopListening();
      countdown.dispose();
      clock.current = null;
    };
  }, [idleSeconds, countdownSeconds, i18n]);

  useEffect(() => {
    // A failure leaves the device key sealing this visit's data: still erased at its end.
    beginKioskVisit().catch(() => undefined);
  }, []);

  useLeftBehindSweep();

  if (phase.phase !== 'countdown') return null;
  return (
    <CountdownDialog
      secondsLeft={phase.secondsLeft}
      onStay={() => clock.current?.stillHere()}
      onPrint={() => {
        clock.current?.stillHere();
        // After the dialog has left the page, so the summary is printed, not the question.
        requestAnimationFrame(() => window.print());
      }}
    />
  );
}
