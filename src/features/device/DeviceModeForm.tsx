import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/app/device';
import { deviceModes, type DeviceMode } from '@/domain';
import { hasOwnerCode, listDossiers, setDeviceMode, StorageFullError } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { useLive } from '@/features/shared/useLive';
import { formatIdle, modeDescription } from './modeText';
import './device.css';

/**
 * The three ways a device is used, each with what it does, as radios (arrows move, one tab stop).
 * Only offered when config.json does not fix the mode. Choosing the kiosk on a device that already
 * holds dossiers says first that they will be erased: it is the one choice that loses data.
 */
export function DeviceModeForm({ labelledBy, onSaved }: { labelledBy: string; onSaved: (mode: DeviceMode) => void }) {
  const { t } = useTranslation('device');
  const { runtime, mode } = useDevice();
  const id = useId();
  const [selected, setSelected] = useState<DeviceMode>(mode.mode);
  const [error, setError] = useState<string | null>(null);
  const dossiers = useLive('dossiers', listDossiers);
  const held = dossiers.status === 'ready' ? dossiers.value.length : 0;
  const ownerCode = useLive('owner-code', hasOwnerCode);
  // The phone's dossiers are sealed under its code: another mode would hide them (a mediator's
  // tablet shows only profiles' dossiers, a kiosk erases them). The code goes first, by its owner.
  const codeInTheWay = selected !== 'personal' && ownerCode.status === 'ready' && ownerCode.value;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (codeInTheWay) return;
    try {
      await setDeviceMode(selected);
      setError(null);
      onSaved(selected);
    } catch (cause) {
      setError(t(cause instanceof StorageFullError ? 'common:errors.storage-full' : 'common:errors.storage'));
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <fieldset className="field device-modes" aria-labelledby={labelledBy}>
        {deviceModes.map((option) => (
          <div key={option} className="device-mode">
            <label className="choice__option">
              <input
                type="radio"
                name={`${id}-mode`}
                value={option}
                checked={selected === option}
                onChange={() => setSelected(option)}
                aria-describedby={`${id}-${option}`}
              />
              <span className="device-mode__label">{t(`modes.${option}.label`)}</span>
            </label>
            <p id={`${id}-${option}`} className="device-mode__description">
              {modeDescription(t, option, runtime.config)}
            </p>
          </div>
        ))}
      </fieldset>
      {selected === 'kiosk' && mode.mode !== 'kiosk' && held > 0 ? (
        <Notice tone="warning">
          <p>{t('kioskWarning', { n: held, idle: formatIdle(t, runtime.config.kioskIdleSeconds) })}</p>
        </Notice>
      ) : null}
      {codeInTheWay ? (
        <Notice tone="warning">
          <p>{t('phoneCode.removeFirst')}</p>
        </Notice>
      ) : null}
      <Button type="submit" disabled={codeInTheWay}>
        {t('save')}
      </Button>
    </form>
  );
}
