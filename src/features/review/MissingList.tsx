import { useTranslation } from 'react-i18next';
import type { MissingItem } from '@/domain';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/** Exactly what stops filing, each item a way to the step that fixes it. */
export function MissingList({ missing, onEditStep }: { missing: readonly MissingItem[]; onEditStep: (stepId: string) => void }) {
  const { t } = useTranslation('wizard');
  return (
    <Notice tone="warning" title={t('review.missingTitle', { count: missing.length })}>
      <ul className="missing-list">
        {missing.map((item) => {
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
    </Notice>
  );
}
