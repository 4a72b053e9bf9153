import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { dossierDeadline, type DeadlineVerdict } from '@/domain';
import type { DossierRecord } from '@/storage';
import { formatCalendarDate } from '@/features/shared/formatting';
import { useCatalogue } from '@/features/shared/useCatalogue';

function line(verdict: DeadlineVerdict, date: (iso: string) => string): { key: string; vars: Record<string, string> } | null {
  switch (verdict.kind) {
    case 'in-window':
      return { key: 'home.deadline.in-window', vars: { date: date(verdict.closesOn) } };
    case 'too-early':
      return { key: 'home.deadline.too-early', vars: { opensOn: date(verdict.opensOn), closesOn: date(verdict.closesOn) } };
    case 'late':
      return { key: 'home.deadline.late', vars: { date: date(verdict.expiresOn) } };
    case 'expired':
      return { key: 'home.deadline.expired', vars: { date: date(verdict.expiredOn) } };
    default:
      return null;
  }
}

/**
 * A dossier waiting for the network is not filed yet, and its deadline still runs: the home screen
 * keeps the date in sight until the receipt arrives (the person may need to file another way).
 */
export function WaitingDeadline({ dossier }: { dossier: DossierRecord }) {
  const { t, i18n } = useTranslation();
  const { config } = useDevice().runtime;
  const catalogue = useCatalogue();
  const procedure = catalogue?.findProcedure(dossier.procedureId);
  const verdict = procedure ? dossierDeadline(procedure, dossier.answers, new Date(), config)?.verdict : undefined;
  const said = verdict ? line(verdict, (iso) => formatCalendarDate(iso, i18n.language)) : null;
  if (!said) return null;
  return (
    <span className="dossier-card__deadline" data-testid="dossier-deadline">
      {t(said.key, said.vars)}
    </span>
  );
}
