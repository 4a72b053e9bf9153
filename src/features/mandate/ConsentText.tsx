import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mandate } from '@/domain';
import { findLanguage, SOURCE_LANGUAGE } from '@/i18n/languages';
import { DEFAULT_RETENTION_DAYS } from '@/storage';
import { formatParisDateTime } from '@/features/shared/formatting';
import { isolate } from './isolate';
import { receiverVars, useReceiver } from '@/features/shared/receiver';

/** What the consent text says about one mandate: enough to fill every placeholder. */
export type ConsentTerms = Pick<
  Mandate,
  'applicantName' | 'mediatorName' | 'structure' | 'duration' | 'startsAt' | 'endsAt' | 'consentVersion' | 'receiver'
>;

/** The consent text's parts, in the order they are read (keys of `consent.<version>`). */
const MAY = ['prepare', 'documents', 'file', 'follow'] as const;
const MAY_NOT = ['other', 'passwords', 'decide', 'share'] as const;

/**
 * The consent text in ONE language, whatever the screen's language: its own `lang` and `dir` from
 * the language registry (an Arabic column is right-to-left inside a French page), its dates written
 * the way that language writes them, in Paris time.
 */
export function ConsentText({ terms, lng }: { terms: ConsentTerms; lng: string }) {
  // A v1 mandate named no receiver (it said "the administration"); v2 names the one agreed to.
  const current = useReceiver();
  const language = findLanguage(lng) ?? findLanguage(SOURCE_LANGUAGE);
  const code = language?.code ?? SOURCE_LANGUAGE;
  const { t } = useTranslation('mandate', { lng: code });
  const titleId = useId();
  const key = `consent.${terms.consentVersion}`;
  const vars = {
    applicant: isolate(terms.applicantName),
    mediator: isolate(terms.mediatorName),
    structure: isolate(terms.structure),
    duration: t(`durations.${terms.duration}`),
    from: isolate(formatParisDateTime(terms.startsAt, code)),
    until: isolate(formatParisDateTime(terms.endsAt, code)),
    days: DEFAULT_RETENTION_DAYS,
    ...receiverVars(terms.receiver ?? current),
    receiver: isolate((terms.receiver ?? current).name),
  };
  return (
    <section className="consent-text" lang={code} dir={language?.dir ?? 'ltr'} aria-labelledby={titleId} data-testid={`consent-${code}`}>
      <p className="consent-text__language">{language?.nativeName}</p>
      <h4 id={titleId}>{t(`${key}.title`)}</h4>
      <p>{t(`${key}.grant`, vars)}</p>
      <p className="consent-text__list-title">{t(`${key}.mayTitle`, vars)}</p>
      <ul>
        {MAY.map((part) => (
          <li key={part}>{t(`${key}.may.${part}`, vars)}</li>
        ))}
      </ul>
      <p className="consent-text__list-title">{t(`${key}.mayNotTitle`, vars)}</p>
      <ul>
        {MAY_NOT.map((part) => (
          <li key={part}>{t(`${key}.mayNot.${part}`, vars)}</li>
        ))}
      </ul>
      <p>{t(`${key}.duration`, vars)}</p>
      <p>{t(`${key}.revocation`, vars)}</p>
      <p>{t(`${key}.data`, vars)}</p>
      <p>{t(`${key}.copy`, vars)}</p>
      <p className="consent-text__accept">{t(`${key}.accept`, vars)}</p>
    </section>
  );
}
