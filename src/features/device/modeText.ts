import type { TFunction } from 'i18next';
import type { DeviceMode, RuntimeConfig } from '@/domain';

/** "2 min" when the deployer gave whole minutes, else seconds: the words a person reads on a kiosk. */
export function formatIdle(t: TFunction, seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0
    ? t('device:duration.minutes', { n: seconds / 60 })
    : t('device:duration.seconds', { n: seconds });
}

/** One sentence of what the mode does, with this deployment's figures. */
export function modeDescription(t: TFunction, mode: DeviceMode, config: RuntimeConfig): string {
  return t(`device:modes.${mode}.description`, {
    days: config.retentionDays,
    idle: formatIdle(t, config.kioskIdleSeconds),
    lock: t('device:duration.minutes', { n: config.mediatorLockMinutes }),
  });
}
