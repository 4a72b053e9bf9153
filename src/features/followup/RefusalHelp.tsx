import { useTranslation } from 'react-i18next';
import { sources } from '@/procedures/shared/sources';
import { SourceList } from '@/features/sources/SourceList';
import { Bilingual } from '@/features/shared/Bilingual';

/**
 * After a refusal, where to go AT ONCE: a refusal usually comes with an obligation to leave
 * (OQTF) and court deadlines that can be a few days. A mediator of a point d'accueil numérique
 * gives no legal advice (arrêté of 1 August 2023), so the person is sent to a lawyer (with legal
 * aid), an association's legal permanence, or a point-justice — never "ask a mediator"
 * (docs/reviews/legal-2026-12.md row 4). `implicit`: the same after silence has become a refusal.
 */
export function RefusalHelp({ implicit = false }: { implicit?: boolean }) {
  const { t } = useTranslation('wizard');
  const places = ['lawyer', 'association', 'pointJustice'] as const;
  return (
    <div className="refusal-help" data-testid="refusal-help">
      <p className="notice__title">{t(implicit ? 'refusalHelp.implicitTitle' : 'refusalHelp.title')}</p>
      <Bilingual ns="wizard" text={(fr) => fr(implicit ? 'refusalHelp.implicitTitle' : 'refusalHelp.title')} />
      <p>{t('refusalHelp.now')}</p>
      <Bilingual ns="wizard" text={(fr) => fr('refusalHelp.now')} />
      <ul>
        {places.map((place) => (
          <li key={place}>{t(`refusalHelp.${place}`)}</li>
        ))}
      </ul>
      <p>{t('refusalHelp.keep')}</p>
      <SourceList sources={[sources.oqtfDelays, sources.cjaR4211, sources.aideJuridictionnelle, sources.pointJustice, sources.arrete1Aug2023]} />
    </div>
  );
}
