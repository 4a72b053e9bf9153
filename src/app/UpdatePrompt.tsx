import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/Button';
import { applyUpdate, updateStore } from './serviceWorker';

/** Offered, never forced; hidden while a form is open so that nothing typed can be lost to a reload. */
export function UpdatePrompt({ editing }: { editing: boolean }) {
  const { t } = useTranslation();
  const { available } = useSyncExternalStore(updateStore.subscribe, updateStore.getSnapshot);
  if (!available || editing) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <Button variant="secondary" onClick={applyUpdate}>
        {t('update.apply')}
      </Button>
    </div>
  );
}
