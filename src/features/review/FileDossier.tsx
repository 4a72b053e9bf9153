import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { filingWarnings, warningKey, type Completeness, type Procedure } from '@/domain';
import { StorageFullError } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Bilingual } from '@/features/shared/Bilingual';
import { receiverVars, useReceiver } from '@/features/shared/receiver';
import { checkForFiling } from './checkForFiling';
import { fileDossierFlow } from '@/state/fileDossier';
import './review.css';

/**
 * The filing button, and the person's (or mediator's) choice to file with warnings: a box to tick
 * that names how many, so "file anyway" is a decision, not a slip. Only blockers disable it.
 */
export function FileDossier({
  procedure,
  dossierId,
  completeness,
}: {
  procedure: Procedure;
  dossierId: string;
  /** With the deadline's advice (`checkForFiling`). */
  completeness: Completeness;
}) {
  const { t } = useTranslation(['wizard', 'common']);
  const receiver = useReceiver();
  const { config } = useDevice().runtime;
  const warnings = filingWarnings(completeness);
  // The choice holds for the warnings it was made on: another set asks again.
  const signature = warnings.map(warningKey).join('|');
  const [acceptedFor, setAcceptedFor] = useState<string | null>(null);
  const [filing, setFiling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const acceptId = useId();
  const accepted = warnings.length === 0 || acceptedFor === signature;
  const canFile = completeness.fileable && accepted && !filing;

  const onFile = async () => {
    setFiling(true);
    setError(null);
    try {
      const outcome = await fileDossierFlow(procedure, dossierId, warnings, receiver, (stored, attached) =>
        filingWarnings(checkForFiling(procedure, stored, attached, config)),
      );
      if (!outcome.ok) setError(t(outcome.reason === 'warnings-changed' ? 'review.warningsChanged' : 'review.fileRefused'));
    } catch (cause) {
      setError(t(cause instanceof StorageFullError ? 'common:errors.storage-full' : 'common:errors.storage'));
    } finally {
      setFiling(false);
    }
  };

  const help = !completeness.fileable
    ? 'review.fileBlocked'
    : !accepted
      ? 'review.acceptFirst'
      : completeness.complete
        ? 'review.fileHelp'
        : 'review.fileHelpIncomplete';
  return (
    <>
      {completeness.fileable && warnings.length > 0 ? (
        <div className="field accept-warnings">
          <label className="choice__option" htmlFor={acceptId}>
            <input
              id={acceptId}
              type="checkbox"
              checked={accepted}
              onChange={(event) => setAcceptedFor(event.currentTarget.checked ? signature : null)}
            />
            <span>{t('review.acceptWarnings', { n: warnings.length })}</span>
          </label>
          <Bilingual ns="wizard" text={(fr) => fr('review.acceptWarnings', { n: warnings.length })} />
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="step-actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('common:print.summary')}
        </Button>
        <Button onClick={() => void onFile()} disabled={!canFile} aria-describedby={`${acceptId}-help`}>
          {t('review.file', receiverVars(receiver))}
        </Button>
      </div>
      <Bilingual ns="wizard" text={(fr) => `${fr('common:print.summary')} · ${fr('review.file', receiverVars(receiver))}`} />
      <p id={`${acceptId}-help`} className="field__hint">
        {t(help, receiverVars(receiver))}
      </p>
    </>
  );
}
