import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/app/device';
import { lockNow, useUnlockedProfile } from './lockState';

/** Only a mediator's tablet needs them: off a personal phone's first load. */
const LockScreen = lazy(() => import('./LockScreen').then((m) => ({ default: m.LockScreen })));
const IdleLock = lazy(() => import('./IdleLock').then((m) => ({ default: m.IdleLock })));

/**
 * On a mediator's tablet, no screen shows before a profile is unlocked: the lock screen stands in
 * for every route (the device screen too, so the mode cannot be changed from a locked tablet).
 * Once unlocked, the screens, and a clock that locks again after `mediatorLockMinutes` idle.
 */
export function MediatorGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { mode, runtime } = useDevice();
  const profile = useUnlockedProfile();
  const mediator = mode.mode === 'mediator';

  // The device left mediator mode (on the device screen, which stays in view) while a profile was
  // open: its key goes too, or the next dossiers would be sealed under it and hidden from the
  // device's own user.
  useEffect(() => {
    if (!mediator && profile !== null) lockNow({ goHome: false });
  }, [mediator, profile]);

  if (!mediator) return children;
  if (profile === null) {
    return (
      <Suspense fallback={<p className="screen">{t('loading')}</p>}>
        <LockScreen />
      </Suspense>
    );
  }
  return (
    <>
      <Suspense fallback={null}>
        <IdleLock minutes={runtime.config.mediatorLockMinutes} />
      </Suspense>
      {children}
    </>
  );
}
