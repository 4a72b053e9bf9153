import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { hasOwnerCode } from '@/storage';
import { useLive } from '@/state/useLive';
import { lockNow, ownerCodeRemoved, useSettingOwnerCode, useUnlockedProfile } from '@/state/session';

/** Only a mediator's tablet, or a phone whose owner set a code, needs them: off a plain phone's first load. */
const LockScreen = lazy(() => import('./LockScreen').then((m) => ({ default: m.LockScreen })));
const OwnerLockScreen = lazy(() => import('./OwnerLockScreen').then((m) => ({ default: m.OwnerLockScreen })));
const IdleLock = lazy(() => import('./IdleLock').then((m) => ({ default: m.IdleLock })));

const noCode = () => Promise.resolve(false);

/**
 * No screen shows before the device's code is typed: on a mediator's tablet, a mediator's profile;
 * on a personal phone whose owner set a code, that code (at each start: the key lives in memory
 * only). The lock screen stands in for every route (the device screen too, so the mode cannot be
 * changed from a locked device). Once unlocked, the screens, and a clock that locks again after
 * `mediatorLockMinutes` idle. A phone with no code, and a kiosk, show the screens as they are.
 */
export function DeviceGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { mode, runtime } = useDevice();
  const profile = useUnlockedProfile();
  const settingCode = useSettingOwnerCode();
  const mediator = mode.mode === 'mediator';
  const personal = mode.mode === 'personal';
  const ownerCode = useLive(personal ? 'owner-code' : 'no-owner-code', personal ? hasOwnerCode : noCode);

  // The device changed mode (on the device screen, which stays in view) while a code was open: its
  // key goes too, or the next dossiers would be sealed under it and hidden from the device's user.
  const fits = profile === null || (profile.purpose === 'owner' ? personal : mediator);
  useEffect(() => {
    if (!fits) lockNow({ goHome: false });
  }, [fits]);
  // The owner removed the code (storage dropped its key): forgotten once the code, seen present
  // while it was open, is seen gone; so the lock screen never shows in between, nor right after
  // the code is set (its row may be seen a moment after its key is held).
  const codePresent = ownerCode.status === 'ready' && ownerCode.value;
  const ownerOpen = personal && profile?.purpose === 'owner';
  const seen = useRef(false);
  useEffect(() => {
    if (!ownerOpen) seen.current = false;
    else if (codePresent) seen.current = true;
    else if (seen.current && ownerCode.status === 'ready') {
      seen.current = false;
      ownerCodeRemoved();
    }
  }, [ownerOpen, codePresent, ownerCode.status]);

  // One shape whatever the state, so the screens are not mounted again when a code opens.
  const open = (idle: boolean) => (
    <>
      {idle ? (
        <Suspense fallback={null}>
          <IdleLock minutes={runtime.config.mediatorLockMinutes} />
        </Suspense>
      ) : null}
      {children}
    </>
  );

  if (!mediator && !personal) return open(false);
  if (personal) {
    // One read of IndexedDB at start: a phone with a code must not show its dossiers for a frame.
    if (ownerCode.status === 'loading') return null;
    // Unreadable: the screens, whose dossiers sealed under the code stay closed without its key.
    if (ownerCode.status === 'error' || !ownerCode.value || settingCode) return open(profile !== null);
  }
  if (profile !== null) return open(true);
  return <Suspense fallback={<p className="screen">{t('loading')}</p>}>{mediator ? <LockScreen /> : <OwnerLockScreen />}</Suspense>;
}
