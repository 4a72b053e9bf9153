import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { purgeDeliveredDocuments } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { HomeScreen } from '@/features/dossiers/HomeScreen';
import { BlockedScreen } from '@/features/help/BlockedScreen';
import { Link } from '@/features/shared/Link';
import { REVIEW_STEP } from '@/features/wizard/reviewStep';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useRoute } from './navigation';
import { installFollowUpTriggers } from './followUpService';
import { installSyncTriggers } from './syncService';

/**
 * The wizard (forms, validation, documents) is a separate chunk: the home screen shows first on a
 * 2G phone, and the service worker has precached the wizard for offline use anyway.
 */
const WizardScreen = lazy(() => import('@/features/wizard/WizardScreen').then((m) => ({ default: m.WizardScreen })));

function CrashScreen({ reset }: { reset: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={t('errors.crashTitle')}>
      <p>{t('errors.crashBody')}</p>
      <Button onClick={reset}>{t('errors.retry')}</Button>
    </Notice>
  );
}

function Screens() {
  const route = useRoute();
  const { t } = useTranslation();
  const editing = route.name === 'dossier' && route.step !== REVIEW_STEP;
  return (
    <Layout editing={editing}>
      <ErrorBoundary fallback={(reset) => <CrashScreen reset={reset} />}>
        {route.name === 'home' ? <HomeScreen /> : null}
        {route.name === 'blocked' ? <BlockedScreen /> : null}
        {route.name === 'dossier' ? (
          <Suspense fallback={<p className="screen">{t('loading')}</p>}>
            <WizardScreen key={route.id} dossierId={route.id} stepId={route.step} />
          </Suspense>
        ) : null}
        {route.name === 'not-found' ? (
          <div className="screen">
            <h1>{t('notFound.title')}</h1>
            <Link to={{ name: 'home' }}>{t('backHome')}</Link>
          </div>
        ) : null}
      </ErrorBoundary>
    </Layout>
  );
}

export function App() {
  useEffect(() => installSyncTriggers(), []);
  useEffect(() => installFollowUpTriggers(), []);
  // Filed documents' bytes leave the device after the retention; a failure waits for the next start.
  useEffect(() => {
    purgeDeliveredDocuments(Date.now()).catch(() => undefined);
  }, []);
  return (
    <Suspense fallback={<p className="boot">…</p>}>
      <Screens />
    </Suspense>
  );
}
