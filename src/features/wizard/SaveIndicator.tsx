import { useTranslation } from 'react-i18next';
import type { SaveState } from '@/features/shared/useAutosave';

/** Reassurance for the mediator and the applicant: what is typed is already on the device. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation('wizard');
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {state === 'idle' ? '' : t(`save.${state}`)}
    </p>
  );
}
