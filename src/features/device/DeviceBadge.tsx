import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { Link } from '@/features/shared/Link';
import './device.css';

/** The mode in force, always in sight (a mediator sees at once a tablet set up as a kiosk), and the way to change it. */
export function DeviceBadge() {
  const { t } = useTranslation('device');
  const { mode } = useDevice();
  const label = t(`modes.${mode.mode}.badge`);
  return (
    <Link to={{ name: 'device' }} className="device-badge" aria-label={t('badgeLabel', { mode: label })}>
      {label}
    </Link>
  );
}
