import { useTranslation } from 'react-i18next';
import type { DeviceMode } from '@/domain';
import { setDeviceMode } from '@/storage';
import { EraseEverything } from '@/features/shared/EraseEverything';

/**
 * The only way off a mediator's tablet that still has profiles: erase everything Relais holds on
 * it, asked twice as for a forgotten phone code, then start again in the chosen mode.
 */
export function EraseToChangeMode({ mode }: { mode: DeviceMode }) {
  const { t } = useTranslation('device');
  return (
    <div className="device-erase">
      <EraseEverything
        ns="device"
        keyPrefix="eraseToChange"
        bodyValues={{ mode: t(`modes.${mode}.label`) }}
        openVariant="danger"
        headingLevel={3}
        // Not saved: the fresh device asks at start how it is used, which is no worse.
        afterErase={() => setDeviceMode(mode).catch(() => undefined)}
      />
    </div>
  );
}
