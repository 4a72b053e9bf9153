import { useTranslation } from 'react-i18next';
import { displayStatus } from '@/domain';
import type { DossierRecord } from '@/storage';
import { StatusBadge } from '@/ui/StatusBadge';
import { formatParisDateTime } from '@/features/shared/formatting';
import { Link } from '@/features/shared/Link';
import { statusTone } from '@/features/shared/statusTone';
import { WaitingDeadline } from './WaitingDeadline';
import { receiverVars, useFiledReceiver } from '@/features/shared/receiver';
import { FrenchTerms } from '@/features/shared/FrenchTerms';

/** « Déposé » only where the receiver it was filed with is the administration. */
function FiledBadge({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const receiver = useFiledReceiver(dossierId);
  return <StatusBadge tone={statusTone.filed}>{t('status.filed', receiverVars(receiver))}</StatusBadge>;
}

export function DossierCard({ dossier }: { dossier: DossierRecord }) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  const status = displayStatus(dossier.status);
  const person = [dossier.answers.lastName, dossier.answers.firstNames]
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .join(' ');
  return (
    <li className="dossier-card">
      <Link to={{ name: 'dossier', id: dossier.id, step: null }} className="dossier-card__link">
        <span className="dossier-card__title">
          <FrenchTerms text={t(`wizard:procedures.${dossier.procedureId}.title`)} />
        </span>
        <span className="dossier-card__person">{person || t('home.unnamed')}</span>
      </Link>
      {status === 'filed' ? <FiledBadge dossierId={dossier.id} /> : <StatusBadge tone={statusTone[status]}>{t(`status.${status}`)}</StatusBadge>}
      {dossier.status === 'queued' || dossier.status === 'sending' ? <WaitingDeadline dossier={dossier} /> : null}
      <span className="dossier-card__date">
        {t('home.updated', { date: formatParisDateTime(dossier.updatedAt, i18n.language) })}
      </span>
    </li>
  );
}
