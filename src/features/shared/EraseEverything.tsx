import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseDevice } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { receiverVars, useReceiver } from './receiver';

type Props = {
  /** Texts at `${keyPrefix}.{open,title,body,confirm,cancel,busy,failed}` of `ns`. */
  ns: 'lock' | 'device';
  keyPrefix: string;
  bodyValues?: Record<string, string>;
  openVariant: 'link' | 'danger';
  headingLevel: 2 | 3;
  /** Runs on the fresh, empty database before the reload (the device screen keeps the mode chosen). */
  afterErase?: () => Promise<void>;
};

/**
 * Erasing everything Relais holds on this device, asked twice, saying what is lost: the only way
 * back in after a forgotten phone code, and the only way off a mediator's tablet that still has
 * profiles. The page then reloads: the lock state, the held key and the screens all belonged to
 * the erased database.
 */
export function EraseEverything({ ns, keyPrefix, bodyValues = {}, openVariant, headingLevel, afterErase }: Props) {
  const { t } = useTranslation(ns, { keyPrefix });
  const receiver = useReceiver();
  const titleId = useId();
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
    await afterErase?.();
    window.location.assign('/');
  };

  if (!confirming) {
    return (
      <div ref={openArea}>
        <Button variant={openVariant} onClick={() => setConfirming(true)}>
          {t('open')}
        </Button>
      </div>
    );
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="danger-zone" aria-labelledby={titleId}>
      <Heading id={titleId} ref={title} tabIndex={-1}>
        {t('title')}
      </Heading>
      <p>{t('body', { ...receiverVars(receiver), ...bodyValues })}</p>
      {failed ? <Notice tone="error">{t('failed')}</Notice> : null}
      <div className="step-actions">
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
          {t('cancel')}
        </Button>
        <Button variant="danger" onClick={() => void erase()} disabled={busy}>
          {busy ? t('busy') : t('confirm')}
        </Button>
      </div>
    </section>
  );
}
