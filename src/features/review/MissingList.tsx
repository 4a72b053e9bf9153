import { useTranslation } from 'react-i18next';
import type { MissingItem } from '@/domain';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/**
 * Exactly what stops filing, grouped by step (an almost empty dossier reads as a short checklist,
 * not a wall of errors), each item a way to the step that fixes it.
 */
export function MissingList({ missing, onEditStep }: { missing: readonly MissingItem[]; onEditStep: (stepId: string) => void }) {
  const { t } = useTranslation('wizard');
  const steps = [...new Set(missing.map((item) => item.stepId))];
  return (
    <Notice tone="warning" title={t('review.missingTitle', { n: missing.length })}>
      {steps.map((stepId) => (
        <div key={stepId} className="missing-group">
          <p className="missing-group__title">{t(`steps.${stepId}`)}</p>
          <ul className="missing-list">
            {missing
              .filter((item) => item.stepId === stepId)
              .map((item) => {
                const text =
                  item.kind === 'field'
                    ? t('review.missingField', { field: t(`fields.${item.fieldId}.label`), problem: t(`errors.${item.code}`) })
                    : t('review.missingDocument', { document: t(`documents.${item.type}.label`) });
                return (
                  <li key={item.kind === 'field' ? `f-${item.fieldId}` : `d-${item.type}`}>
                    <Button variant="link" onClick={() => onEditStep(item.stepId)}>
                      {text}
                    </Button>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </Notice>
  );
}
