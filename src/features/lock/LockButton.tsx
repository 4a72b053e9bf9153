import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { lockNow, useUnlockedProfile } from '@/state/session';
import './lock.css';

/**
 * In the header while a code is open: a mediator's profile (lock before leaving the desk), or the
 * code of a personal phone (lock before lending it). A phone with no code never shows it.
 */
export function LockButton() {
  const { t } = useTranslation('lock');
  const { mode } = useDevice();
  const profile = useUnlockedProfile();
  if (profile === null) return null;
  const owner = profile.purpose === 'owner';
  if (owner ? mode.mode !== 'personal' : mode.mode !== 'mediator') return null;
  return (
    <button type="button" className="lock-button" onClick={() => lockNow()}>
      {t('lockButton')}
      {owner ? null : <span className="lock-button__name"> ({profile.name})</span>}
    </button>
  );
}
