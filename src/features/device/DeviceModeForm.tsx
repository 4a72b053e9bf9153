import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { deviceModes, isWaitingForNetwork, type DeviceMode } from '@/domain';
import { hasOwnerCode, listDossiers, listProfiles, setDeviceMode, StorageFullError } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { leaveKiosk } from '@/state/kioskErase';
import { useLive } from '@/state/useLive';
import { EraseToChangeMode } from './EraseToChangeMode';
import { decideModeSwitch } from '@/state/modeSwitch';
import { formatIdle, modeDescription } from './modeText';
import './device.css';
import { receiverVars } from '@/features/shared/receiver';

const noProfiles = () => Promise.resolve(0);
const countProfiles = async () => (await listProfiles()).length;

/**
 * The three ways a device is used, each with what it does, as radios (arrows move, one tab stop).
 * Only offered when config.json does not fix the mode. Choosing the kiosk on a device that already
 * holds dossiers says first that they will be erased: it is the one choice that loses data. A
 * choice that would leave dossiers sealed under codes no other mode asks for is refused, with the
 * way out (@/state/modeSwitch).
 */
export function DeviceModeForm({ labelledBy, onSaved }: { labelledBy: string; onSaved: (mode: DeviceMode) => void }) {
  const { t } = useTranslation('device');
  const { runtime, mode, hiddenDossiers } = useDevice();
  const id = useId();
  const [selected, setSelected] = useState<DeviceMode>(mode.mode);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dossiers = useLive('dossiers', listDossiers);
  const held = dossiers.status === 'ready' ? dossiers.value.length : 0;
  const waiting = dossiers.status === 'ready' ? dossiers.value.filter((d) => isWaitingForNetwork(d.status)).length : 0;
  // A kiosk's earlier visits left only dossiers waiting for the network, which leaving it keeps.
  const thisVisit = dossiers.status === 'ready' ? dossiers.value.filter((d) => !hiddenDossiers.has(d.id)).length : 0;
  const ownerCode = useLive('owner-code', hasOwnerCode);
  // Profiles only matter on a mediator's tablet: elsewhere no lock screen would ask their codes anyway.
  const mediator = mode.mode === 'mediator';
  const profiles = useLive(mediator ? 'mediator-profiles' : 'no-mediator-profiles', mediator ? countProfiles : noProfiles);
  const decision = decideModeSwitch({
    current: mode.mode,
    selected,
    ownerCode: ownerCode.status === 'ready' ? ownerCode.value : undefined,
    // Unreadable: most likely the database itself, which the save then reports; refusing here
    // would leave no way on at all, not even the erase.
    mediatorProfiles: profiles.status === 'ready' ? profiles.value : profiles.status === 'error' ? 0 : undefined,
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (decision.kind !== 'save' || saving) return;
    setSaving(true);
    try {
      if (decision.endKioskVisit) await leaveKiosk(() => setDeviceMode(selected));
      else await setDeviceMode(selected);
      setError(null);
      onSaved(selected);
    } catch (cause) {
      setError(t(cause instanceof StorageFullError ? 'common:errors.storage-full' : 'common:errors.storage'));
    } finally {
      setSaving(false);
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
      {selected === 'kiosk' && mode.mode !== 'kiosk' && held > 0 && decision.kind === 'save' ? (
        <Notice tone="warning">
          <p>{t('kioskWarning', { n: held, idle: formatIdle(t, runtime.config.kioskIdleSeconds) })}</p>
        </Notice>
      ) : null}
      {decision.kind === 'save' && decision.endKioskVisit && thisVisit > 0 ? (
        <Notice tone="warning">
          <p>{t('kioskLeaving', receiverVars(runtime.config.receiver))}</p>
        </Notice>
      ) : null}
      {decision.kind === 'remove-code-first' ? (
        <Notice tone="warning">
          <p>{t('phoneCode.removeFirst')}</p>
        </Notice>
      ) : null}
      {decision.kind === 'erase-device-first' ? (
        <Notice tone="warning" title={t('eraseToChange.refusedTitle')}>
          <p>{t('eraseToChange.refused', { n: decision.profiles })}</p>
          <p>{t('eraseToChange.eraseFirst', receiverVars(runtime.config.receiver))}</p>
          {waiting > 0 ? <p>{t('eraseToChange.waiting', { n: waiting })}</p> : null}
        </Notice>
      ) : null}
      <Button type="submit" disabled={decision.kind !== 'save' || saving}>
        {t('save')}
      </Button>
      {decision.kind === 'erase-device-first' ? <EraseToChangeMode mode={selected} /> : null}
    </form>
  );
}
