import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { isEditable, mandateStatus } from '@/domain';
import { listMandates, type DossierRecord } from '@/storage';
import { Notice } from '@/ui/Notice';
import { Bilingual } from '@/features/shared/Bilingual';
import { useLive } from '@/state/useLive';
import { MandateSection } from './MandateSection';
import { useNow } from './useNow';

/**
 * On a mediator's tablet, a person's file is worked on only under their mandate (issue 6; Aidants
 * Connect, CNIL guidance for helpers): until one is in force, the mandate is asked for instead of
 * the form. A filed dossier is only looked at, so it is not held back; a mandate that ends while
 * the form is open closes it within 15 seconds (useNow).
 */
export function MandateGate({ dossier, children }: { dossier: DossierRecord; children: ReactNode }) {
  const { t } = useTranslation('mandate');
  const { mode } = useDevice();
  const now = useNow();
  const gated = mode.mode === 'mediator' && isEditable(dossier.status);
  const live = useLive(`mandate-gate:${dossier.id}:${String(gated)}`, async () => (gated ? { mandates: await listMandates(dossier.id), readAt: Date.now() } : null));
  if (!gated) return children;
  if (live.status === 'loading') return <p>{t('common:loading')}</p>;
  const mandates = live.status === 'ready' ? (live.value?.mandates ?? []) : [];
  const at = Math.max(now, live.status === 'ready' ? (live.value?.readAt ?? 0) : 0);
  if (mandates.some((m) => mandateStatus(m, at) === 'active')) return children;
  return (
    <div data-testid="mandate-gate">
      <Notice tone="warning" title={t('gate.title')}>
        <Bilingual ns="mandate" text={(fr) => fr('gate.title')} />
        <p>{t('gate.body')}</p>
        <Bilingual ns="mandate" text={(fr) => fr('gate.body')} />
      </Notice>
      <MandateSection dossier={dossier} />
    </div>
  );
}
