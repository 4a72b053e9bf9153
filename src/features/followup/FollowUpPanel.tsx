import { useTranslation } from 'react-i18next';
import { requestFollowUp } from '@/app/followUpService';
import { getFollowUp, listAttestations } from '@/storage';
import { Button } from '@/ui/Button';
import { formatParisDateTime } from '@/features/shared/formatting';
import { useLive } from '@/features/shared/useLive';
import { AttestationCard } from './AttestationCard';

/**
 * After filing: how far the prefecture is, and every attestation de prolongation d'instruction
 * (R. 431-15-1), kept on the device so the person can show it offline — with the time of the last
 * check, since an old answer must never pass for today's.
 */
export function FollowUpPanel({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation('wizard');
  const followUp = useLive(`follow-up:${dossierId}`, () => getFollowUp(dossierId));
  const attestations = useLive(`attestations:${dossierId}`, () => listAttestations(dossierId));
  const row = followUp.status === 'ready' ? followUp.value : undefined;
  const review = row?.review;
  const stageKey = review ? (review.stage === 'decided' ? `followUp.decided.${review.decision ?? 'unknown'}` : `followUp.stage.${review.stage}`) : 'followUp.stage.received';
  const failedLast = row?.lastCheckFailedAt !== undefined && row.lastCheckFailedAt > (row.checkedAt ?? 0);
  return (
    <section className="follow-up" aria-labelledby={`follow-up-${dossierId}`} data-testid="follow-up">
      <h2 id={`follow-up-${dossierId}`}>{t('followUp.title')}</h2>
      <p className="follow-up__stage" data-testid="follow-up-stage">
        {t(stageKey)}
      </p>
      <p className="follow-up__checked">
        {row?.checkedAt ? t('followUp.checkedAt', { time: formatParisDateTime(row.checkedAt, i18n.language) }) : t('followUp.neverChecked')}
        {failedLast ? ` ${t('followUp.lastCheckFailed')}` : ''}
      </p>
      <Button variant="secondary" onClick={() => requestFollowUp()}>
        {t('followUp.checkNow')}
      </Button>
      {attestations.status === 'ready' && attestations.value.length > 0 ? (
        <ul className="follow-up__attestations" aria-label={t('followUp.attestationsTitle')}>
          {attestations.value.map((attestation) => (
            <li key={attestation.id}>
              <AttestationCard attestation={attestation} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
