import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { listJournal, type JournalRecord } from '@/storage';
import { formatParisDateTime } from '@/features/shared/formatting';
import { useLive } from '@/features/shared/useLive';

function describe(entry: JournalRecord, t: TFunction<['common', 'wizard']>): string {
  return t(`history.${entry.kind}`, {
    step: entry.step ? t(`wizard:steps.${entry.step}`) : '',
    document: entry.documentType ? t(`wizard:documents.${entry.documentType}.label`) : '',
    number: entry.receiptNumber ?? entry.attestationNumber ?? '',
    // The start of the digest is enough to match the line with the printed mandate.
    digest: entry.mandateDigest?.slice(0, 12) ?? '',
  });
}

/** The dossier's full history (DDD recommendation 4): what happened and when, kept on the device. */
export function DossierHistory({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  const journal = useLive(`journal:${dossierId}`, () => listJournal(dossierId));
  if (journal.status !== 'ready' || journal.value.length === 0) return null;
  return (
    <section className="summary-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol className="history" data-testid="history">
        {[...journal.value].reverse().map((entry) => (
          <li key={entry.seq}>
            <span>{describe(entry, t)}</span>
            <time dateTime={new Date(entry.at).toISOString()}>{formatParisDateTime(entry.at, i18n.language)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
