import { useTranslation } from 'react-i18next';
import { useDevice } from '@/app/device';
import { lockNow, useUnlockedProfile } from './lockState';
import './lock.css';

/** In the header of a mediator's tablet while a profile is open: lock now, before leaving the desk. */
export function LockButton() {
  const { t } = useTranslation('lock');
  const { mode } = useDevice();
  const profile = useUnlockedProfile();
  if (mode.mode !== 'mediator' || profile === null) return null;
  return (
    <button type="button" className="lock-button" onClick={() => lockNow()}>
      {t('lockButton')} <span className="lock-button__name">({profile.name})</span>
    </button>
  );
}
