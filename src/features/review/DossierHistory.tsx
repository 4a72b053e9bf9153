import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Receiver } from '@/domain';
import { listJournal, type JournalRecord } from '@/storage';
import { formatParisDateTime } from '@/features/shared/formatting';
import { receiverVars, useReceiver } from '@/features/shared/receiver';
import { useLive } from '@/state/useLive';
import { describeFiledWarning } from './findingText';

function describe(entry: JournalRecord, t: TFunction<['common', 'wizard']>, receiver: Receiver): string {
  return t(`history.${entry.kind}`, {
    step: entry.step ? t(`wizard:steps.${entry.step}`) : '',
    document: entry.documentType ? t(`wizard:documents.${entry.documentType}.label`) : '',
    number: entry.receiptNumber ?? entry.attestationNumber ?? '',
    // The start of the digest is enough to match the line with the printed mandate.
    digest: entry.mandateDigest?.slice(0, 12) ?? '',
    ...receiverVars(receiver),
  });
}

/**
 * Who each line's filing went to: the receiver recorded when it was filed (a deployment may change
 * its receiver later; the history must not), else the deployment's today (lines from before 2026-12).
 */
function withReceivers(lines: readonly JournalRecord[], current: Receiver): { entry: JournalRecord; receiver: Receiver }[] {
  let receiver = current;
  return lines.map((entry) => {
    if (entry.kind === 'filed') receiver = entry.receiver ?? current;
    return { entry, receiver };
  });
}

/**
 * The dossier's full history (DDD recommendation 4): what happened and when, kept on the device —
 * with, under the filing, the warnings the person read and filed with (printed with the summary).
 */
export function DossierHistory({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  const { t: wizard } = useTranslation('wizard');
  const current = useReceiver();
  const journal = useLive(`journal:${dossierId}`, () => listJournal(dossierId));
  if (journal.status !== 'ready' || journal.value.length === 0) return null;
  return (
    <section className="summary-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol className="history" data-testid="history">
        {withReceivers(journal.value, current)
          .reverse()
          .map(({ entry, receiver }) => (
            <li key={entry.seq} data-kind={entry.kind}>
              <span>{describe(entry, t, receiver)}</span>
              <time dateTime={new Date(entry.at).toISOString()}>{formatParisDateTime(entry.at, i18n.language)}</time>
              {entry.warnings && entry.warnings.length > 0 ? (
                <div className="history__warnings" data-testid="filed-warnings">
                  <p>{t('history.filedWithWarnings', { n: entry.warnings.length, ...receiverVars(receiver) })}</p>
                  <ul>
                    {entry.warnings.map((warning, index) => (
                      <li key={index}>{describeFiledWarning(warning, wizard)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
      </ol>
    </section>
  );
}
