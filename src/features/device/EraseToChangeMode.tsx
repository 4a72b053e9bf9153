import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceMode } from '@/domain';
import { eraseDevice, setDeviceMode } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/**
 * The only way off a mediator's tablet that still has profiles: erase everything Relais holds on
 * it, asked twice as for a forgotten phone code (@/features/lock/ForgottenCode), then start again
 * in the chosen mode. The page reloads, as there: the lock state, the held key and the screens all
 * belonged to the erased database.
 */
export function EraseToChangeMode({ mode }: { mode: DeviceMode }) {
  const { t } = useTranslation('device');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  // Button takes no ref: its wrapper finds it.
  const openArea = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  // The button that had the focus goes away either way: the keyboard follows to what replaces it.
  useEffect(() => {
    if (confirming) title.current?.focus();
    else if (wasConfirming.current) openArea.current?.querySelector('button')?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const erase = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await eraseDevice();
    } catch {
      setBusy(false);
      setFailed(true);
      return;
    }
    // Not saved: the fresh device asks at start how it is used, which is no worse.
    await setDeviceMode(mode).catch(() => undefined);
    window.location.assign('/');
  };

  if (!confirming) {
    return (
      <div ref={openArea} className="device-erase">
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('eraseToChange.open')}
        </Button>
      </div>
    );
  }
  const label = t(`modes.${mode}.label`);
  return (
    <section className="danger-zone" aria-labelledby="erase-to-change-title">
      <h3 id="erase-to-change-title" ref={title} tabIndex={-1}>
        {t('eraseToChange.title')}
      </h3>
      <p>{t('eraseToChange.body', { mode: label })}</p>
      {failed ? <Notice tone="error">{t('eraseToChange.failed')}</Notice> : null}
      <div className="step-actions">
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
          {t('eraseToChange.cancel')}
        </Button>
        <Button variant="danger" onClick={() => void erase()} disabled={busy}>
          {busy ? t('eraseToChange.busy') : t('eraseToChange.confirm')}
        </Button>
      </div>
    </section>
  );
}
