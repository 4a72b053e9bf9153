import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/Button';

/**
 * "Are you still there?" A modal alertdialog (the rest of the page is inert, focus goes to the
 * first answer), so a screen-reader user hears the question and the seconds as they run. Escape
 * counts as "I am still here": only a present person presses a key.
 */
export function CountdownDialog({ secondsLeft, onStay, onPrint }: { secondsLeft: number; onStay: () => void; onPrint: () => void }) {
  const { t } = useTranslation('device');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="kiosk-countdown"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
      // Chromium lets a second Escape without user activation close the dialog even though cancel
      // was prevented (close watchers): a closed question must not go on counting out of sight.
      onClose={onStay}
    >
      <h2 id={`${id}-title`} className="kiosk-countdown__title">
        {t('kiosk.title')}
      </h2>
      <p id={`${id}-body`}>{t('kiosk.body')}</p>
      <p className="kiosk-countdown__seconds" aria-live="polite" aria-atomic="true">
        {t('kiosk.seconds', { seconds: secondsLeft })}
      </p>
      <div className="kiosk-countdown__actions">
        {/* autoFocus: showModal() would focus it anyway; said here so that nobody reorders it away. */}
        <Button autoFocus onClick={onStay}>
          {t('kiosk.stay')}
        </Button>
        <Button variant="secondary" onClick={onPrint}>
          {t('kiosk.print')}
        </Button>
      </div>
    </dialog>
  );
}
