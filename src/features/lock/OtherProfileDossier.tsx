import { useTranslation } from 'react-i18next';
import { Link } from '@/features/shared/Link';

/**
 * A dossier of another mediator's profile, reached through its address (history, a shared link):
 * said plainly, and nothing of it shown. Its answers are sealed under that profile's key anyway.
 */
export function OtherProfileDossier() {
  const { t } = useTranslation(['lock', 'common']);
  return (
    <div className="screen">
      <h1>{t('otherProfile.title')}</h1>
      <p>{t('otherProfile.body')}</p>
      <Link to={{ name: 'home' }}>{t('common:backHome')}</Link>
    </div>
  );
}
