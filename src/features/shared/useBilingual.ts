import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDevice } from '@/state/device';
import { SOURCE_LANGUAGE, type Namespace } from '@/i18n/languages';

/**
 * The French `t` when a screen must also speak French, else null. On a mediator's tablet the
 * applicant reads the interface in their language and the mediator reads French (docs/design.md,
 * "bilingual screens"); a personal phone or a kiosk has one reader, for whom a second language is
 * only noise, and a French interface has nothing to repeat.
 */
export function useBilingual(ns: Namespace = 'common'): TFunction<Namespace> | null {
  const { mode } = useDevice();
  const { i18n } = useTranslation();
  // Always asked (hooks run in a fixed order); French is the fallback language, so it is loaded.
  const { t: french } = useTranslation(ns, { lng: SOURCE_LANGUAGE });
  const interfaceLanguage = i18n.resolvedLanguage ?? i18n.language;
  return mode.mode === 'mediator' && interfaceLanguage !== SOURCE_LANGUAGE ? french : null;
}
