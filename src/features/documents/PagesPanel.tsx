import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureMode } from '@/capture';
import { Button } from '@/ui/Button';
import type { DraftPage } from './usePageDraft';

/**
 * The pages of a document before it is saved: each one checked for legibility, with a one-tap
 * retake, an order the person controls (passport pages, five payslips…), and a black-on-white
 * "scan" rendering for paper documents (lighter, and readable when the lighting was uneven).
 */
export function PagesPanel({
  label,
  pages,
  busy,
  mode,
  onMode,
  onMove,
  onRemove,
  onRetake,
  onSave,
}: {
  label: string;
  pages: readonly DraftPage[];
  busy: boolean;
  mode: CaptureMode;
  onMode: (mode: CaptureMode) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
  onRetake: (id: string) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation('wizard');
  const id = useId();
  if (pages.length === 0) return null;
  return (
    <div className="pages-panel" data-testid="pages-panel">
      <p className="pages-panel__title">{t('capture.pagesTitle', { n: pages.length })}</p>
      <div className="pages-panel__mode">
        <label className="choice__option">
          <input
            type="checkbox"
            checked={mode === 'scan'}
            disabled={busy}
            aria-describedby={`${id}-scan-hint`}
            onChange={(event) => onMode(event.currentTarget.checked ? 'scan' : 'photo')}
          />
          {t('capture.scanMode')}
        </label>
        <p id={`${id}-scan-hint`} className="field__hint">
          {t('capture.scanModeHint')}
        </p>
      </div>
      <ol className="pages-panel__list">
        {pages.map((page, index) => {
          const name = t('capture.pageName', { n: index + 1 });
          return (
            <li key={page.id} className="page-item">
              <img className="thumbnail" src={page.url} alt={t('capture.pageAlt', { page: name, label })} />
              <div className="page-item__body">
                <span className="page-item__name">{name}</span>
                {page.quality.warnings.map((warning) => (
                  <span key={warning} className="page-item__warning" role="status">
                    {t(`capture.warnings.${warning}`)}
                  </span>
                ))}
                <div className="page-item__actions">
                  <Button variant="link" disabled={busy || index === 0} onClick={() => onMove(page.id, -1)} aria-label={t('capture.moveUp', { page: name })}>
                    ↑
                  </Button>
                  <Button variant="link" disabled={busy || index === pages.length - 1} onClick={() => onMove(page.id, 1)} aria-label={t('capture.moveDown', { page: name })}>
                    ↓
                  </Button>
                  <Button variant="link" disabled={busy} onClick={() => onRetake(page.id)} aria-label={t('capture.retake', { page: name })}>
                    {t('capture.retakeShort')}
                  </Button>
                  <Button variant="link" disabled={busy} onClick={() => onRemove(page.id)} aria-label={t('capture.removePage', { page: name })}>
                    {t('remove')}
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <Button onClick={onSave} disabled={busy}>
        {t('capture.save', { n: pages.length })}
      </Button>
    </div>
  );
}
