import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { hasOwnerCode } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { useUnlockedProfile } from '@/state/session';
import { useLive } from '@/state/useLive';
import { CheckedCodeForm } from './CheckedCodeForm';
import { SetPhoneCodeForm } from './SetPhoneCodeForm';
import { receiverVars } from '@/features/shared/receiver';

type View = 'idle' | 'set' | 'change' | 'remove';
type Outcome = 'set' | 'set-partly' | 'changed' | 'removed';

/**
 * A personal phone's optional code (docs/threat-model.md, decision 2): set, change, remove. Says
 * plainly that nothing changes without one, and what a forgotten code costs. Only reached unlocked:
 * the device screen is behind the lock like every other.
 */
export function PhoneCodeSection() {
  const { t } = useTranslation('device');
  const { runtime } = useDevice();
  const profile = useUnlockedProfile();
  const present = useLive('owner-code', hasOwnerCode);
  const [view, setView] = useState<View>('idle');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const ownerId = profile?.purpose === 'owner' && present.status === 'ready' && present.value ? profile.id : null;

  const done = (next: Outcome) => {
    setOutcome(next);
    setView('idle');
    // The form and its focused button are gone: the keyboard goes to what happened.
    requestAnimationFrame(() => status.current?.focus());
  };
  const open = (next: View) => {
    setOutcome(null);
    setView(next);
  };
  const cancel = () => setView('idle');

  return (
    <section className="section" aria-labelledby="phone-code-title">
      <h2 id="phone-code-title">{t('phoneCode.title')}</h2>
      <p>{t('phoneCode.optional')}</p>
      <p>{t('phoneCode.what', { lock: t('duration.minutes', { n: runtime.config.mediatorLockMinutes }) })}</p>
      <p>{t('phoneCode.forgotten', receiverVars(runtime.config.receiver))}</p>
      <div ref={status} tabIndex={-1}>
        {outcome ? <Notice tone={outcome === 'set-partly' ? 'warning' : 'success'}>{t(`phoneCode.done.${outcome}`)}</Notice> : null}
      </div>
      {present.status === 'ready' ? <p className="phone-code__state">{t(ownerId ? 'phoneCode.isSet' : 'phoneCode.none')}</p> : null}

      {view === 'set' && !ownerId ? (
        <SetPhoneCodeForm labelledBy="phone-code-title" onDone={({ moved }) => done(moved ? 'set' : 'set-partly')} onCancel={cancel} />
      ) : null}
      {(view === 'change' || view === 'remove') && ownerId ? (
        <>
          <h3 id="phone-code-form-title">{t(view === 'change' ? 'phoneCode.changeTitle' : 'phoneCode.removeTitle')}</h3>
          <CheckedCodeForm
            key={view}
            action={view}
            ownerId={ownerId}
            labelledBy="phone-code-form-title"
            onDone={() => done(view === 'change' ? 'changed' : 'removed')}
            onCancel={cancel}
          />
        </>
      ) : null}

      {view === 'idle' && present.status === 'ready' ? (
        <div className="lock-form__actions">
          {ownerId ? (
            <>
              <Button variant="secondary" onClick={() => open('change')}>
                {t('phoneCode.change')}
              </Button>
              <Button variant="secondary" onClick={() => open('remove')}>
                {t('phoneCode.remove')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => open('set')}>
              {t('phoneCode.set')}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
