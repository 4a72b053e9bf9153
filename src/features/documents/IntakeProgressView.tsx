import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/Button';
import type { IntakeProgress } from './useDocumentIntake';

/**
 * How far the device is: photo n of m (each photo is one page), a PDF being checked (its pages are
 * counted, not prepared one by one), then the PDF, then the save; photos can be cancelled.
 */
export function IntakeProgressView({ progress, onCancel }: { progress: IntakeProgress; onCancel: () => void }) {
  const { t } = useTranslation('wizard');
  const text =
    progress.phase === 'processing'
      ? t('capture.processingPage', { n: progress.done + 1, total: progress.total })
      : progress.phase === 'checking'
        ? t('capture.checkingFile', { file: `\u2068${progress.file}\u2069` })
        : t(progress.phase === 'assembling' ? 'capture.assembling' : 'capture.saving');
  return (
    <div className="capture-progress" role="status">
      <span>{text}</span>
      {/* Without value a <progress> is indeterminate: assembling and saving have no steps to count. */}
      {progress.phase === 'processing' ? (
        <progress className="capture-progress__bar" max={progress.total} value={progress.done} aria-hidden="true" />
      ) : (
        <progress className="capture-progress__bar" aria-hidden="true" />
      )}
      {progress.phase === 'processing' ? (
        <Button variant="link" onClick={onCancel}>
          {t('capture.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
