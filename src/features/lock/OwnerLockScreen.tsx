import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getOwnerProfile } from '@/storage';
import { Notice } from '@/ui/Notice';
import { useLive } from '@/state/useLive';
import { ForgottenCode } from './ForgottenCode';
import { finishLock } from '@/state/session';
import { UnlockForm } from './UnlockForm';
import './lock.css';
import { receiverVars, useReceiver } from '@/features/shared/receiver';

/**
 * A personal phone whose owner has set a code, at each start and after a lock: the code field and
 * nothing else (no profile list, no new profile). Nothing of the person's dossiers is on it.
 */
export function OwnerLockScreen() {
  const { t } = useTranslation(['lock', 'common']);
  const receiver = useReceiver();
  const owner = useLive('owner-profile', getOwnerProfile);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The code field takes the focus as it mounts; until it is there, the title has it.
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
    // The screens just unmounted have flushed their last saves: the key can go now.
    void finishLock();
  }, []);

  return (
    <div className="screen lock">
      <h1 ref={heading} tabIndex={-1}>
        {t('owner.title')}
      </h1>
      <p className="lead">{t('owner.intro')}</p>
      {owner.status === 'loading' ? <p>{t('common:loading')}</p> : null}
      {owner.status === 'error' ? <Notice tone="error">{t('owner.readError')}</Notice> : null}
      {owner.status === 'ready' && owner.value ? <UnlockForm key={owner.value.id} purpose="owner" profile={owner.value} /> : null}
      <p className="lock-note">{t('owner.forgotten', receiverVars(receiver))}</p>
      <ForgottenCode />
    </div>
  );
}
