import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { Notice } from '@/ui/Notice';
import { ConfigStatus } from './ConfigStatus';
import { DeviceModeForm } from './DeviceModeForm';
import { modeDescription } from './modeText';
import { PhoneCodeSection } from './PhoneCodeSection';

/** The settings place of the device: its mode (changeable unless config.json fixes it) and the configuration. */
export function DeviceScreen() {
  const { t } = useTranslation('device');
  const { runtime, mode } = useDevice();
  const [saved, setSaved] = useState(false);
  return (
    <div className="screen">
      <h1>{t('screen.title')}</h1>
      <p className="lead">{t('screen.current', { mode: t(`modes.${mode.mode}.label`) })}</p>
      <p>{modeDescription(t, mode.mode, runtime.config)}</p>
      {mode.source === 'default' ? <p>{t('screen.default')}</p> : null}
      {saved ? <Notice tone="success">{t('saved')}</Notice> : null}
      {mode.source === 'config' ? (
        <Notice tone="info">{t('screen.fixed')}</Notice>
      ) : (
        <section className="section" aria-labelledby="device-change-title">
          <h2 id="device-change-title">{t('screen.change')}</h2>
          <DeviceModeForm labelledBy="device-change-title" onSaved={() => setSaved(true)} />
        </section>
      )}
      {/* Saved as personal, not only chosen: the code belongs to the phone's owner. */}
      {mode.mode === 'personal' ? <PhoneCodeSection /> : null}
      <ConfigStatus runtime={runtime} />
    </div>
  );
}
