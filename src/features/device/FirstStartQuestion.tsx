import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceMode } from '@/domain';
import { DeviceModeForm } from './DeviceModeForm';

/**
 * The question of a first start, as the first card of the home screen rather than a screen of its
 * own: a person who skips it can start a procedure at once, on a device that behaves as their own
 * phone (nothing erased by a timer) until someone answers.
 */
export function FirstStartQuestion() {
  const { t } = useTranslation('device');
  const [saved, setSaved] = useState<DeviceMode | null>(null);
  const done = useRef<HTMLParagraphElement>(null);
  if (saved) {
    return (
      <div className="notice notice--success device-question" role="status">
        <p ref={done} tabIndex={-1} className="notice__title">
          {t('saved')} {t('screen.current', { mode: t(`modes.${saved}.label`) })}
        </p>
      </div>
    );
  }
  return (
    <section className="device-question" aria-labelledby="device-question-title">
      <h2 id="device-question-title">{t('question')}</h2>
      <p>{t('questionIntro')}</p>
      <DeviceModeForm
        labelledBy="device-question-title"
        onSaved={(mode) => {
          setSaved(mode);
          // The form goes away with the focused button: keep the keyboard user's place on the answer.
          requestAnimationFrame(() => done.current?.focus());
        }}
      />
    </section>
  );
}
