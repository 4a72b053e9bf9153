import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProfiles, resumeWipes } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { useLive } from '@/state/useLive';
import { finishLock } from '@/state/session';
import { NewProfileForm } from './NewProfileForm';
import { UnlockForm } from './UnlockForm';
import './lock.css';

type View = { name: 'list' } | { name: 'unlock'; profileId: string } | { name: 'create' };

/**
 * What a mediator's tablet shows whenever no profile is open: the profiles of this tablet as big
 * buttons, one profile's code, or a new profile. Nothing of any person is on this screen.
 */
export function LockScreen() {
  const { t } = useTranslation(['lock', 'common']);
  const profiles = useLive('profiles', listProfiles);
  const [view, setView] = useState<View>({ name: 'list' });
  const [wiped, setWiped] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Locked from the header, the focused button has gone: the keyboard starts at this screen's
    // title (unless a form below has already taken the focus for its first field).
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
    // The screens just unmounted have flushed their last saves: the profile's key can go now.
    void finishLock();
    // A wipe cut short (page closed, a dossier being sent) is finished before anyone picks a profile.
    resumeWipes().catch(() => undefined);
  }, []);

  const backToList = () => {
    setView({ name: 'list' });
    requestAnimationFrame(() => heading.current?.focus());
  };

  const list = profiles.status === 'ready' ? profiles.value : [];
  const chosen = view.name === 'unlock' ? list.find((p) => p.id === view.profileId) : undefined;
  // With no profile on the tablet yet, the only thing to do is create one.
  const creating = view.name === 'create' || (profiles.status === 'ready' && list.length === 0);

  return (
    <div className="screen lock">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      {wiped !== null ? <Notice tone="warning">{t('unlock.wiped', { name: wiped })}</Notice> : null}
      {profiles.status === 'loading' ? <p>{t('common:loading')}</p> : null}
      {profiles.status === 'error' ? <Notice tone="error">{t('listError')}</Notice> : null}

      {creating ? (
        <>
          {list.length === 0 && profiles.status === 'ready' ? <p>{t('noProfile')}</p> : null}
          <NewProfileForm onCancel={list.length > 0 ? backToList : null} />
        </>
      ) : null}

      {!creating && chosen ? (
        <UnlockForm
          key={chosen.id}
          purpose="mediator"
          profile={chosen}
          onBack={backToList}
          onWiped={() => {
            setWiped(chosen.name);
            backToList();
          }}
        />
      ) : null}

      {!creating && !chosen && list.length > 0 ? (
        <section aria-labelledby="lock-profiles-title">
          <h2 id="lock-profiles-title">{t('profilesTitle')}</h2>
          <ul className="lock-profiles">
            {list.map((profile) => (
              <li key={profile.id}>
                <Button
                  variant="secondary"
                  className="lock-profile"
                  onClick={() => {
                    setWiped(null);
                    setView({ name: 'unlock', profileId: profile.id });
                  }}
                >
                  {profile.name}
                </Button>
              </li>
            ))}
          </ul>
          <Button variant="link" onClick={() => setView({ name: 'create' })}>
            {t('newProfile')}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
