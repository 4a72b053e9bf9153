import type { TFunction } from 'i18next';
import type { FilingWarning } from '@/contract';
import { typedValueCodes, warningOf, type AdviceItem, type MissingItem } from '@/domain';

type T = TFunction<'wizard'>;

/** What a finding is, in words: the answer or the document, and the problem — as it will be filed. */
export function describeFinding(item: MissingItem, t: T): string {
  return describeFiledWarning(warningOf(item), t);
}

/**
 * The locale key of what a warning means for the person (`consequences.<id>`): what the law says
 * happens without the document, without the answer, or with that date.
 */
export function consequenceKey(item: MissingItem): string {
  if (item.kind === 'document') return `consequences.${item.consequence}`;
  if (item.code === 'required') return 'consequences.missing-answer';
  if ((typedValueCodes as readonly string[]).includes(item.code)) return 'consequences.unconfirmed-format';
  return `consequences.${item.code}`;
}

export function adviceKey(item: Pick<AdviceItem, 'code'>): string {
  return `advice.${item.code}`;
}

/** A warning as the history and the printed summary keep it (codes only), in words. */
export function describeFiledWarning(warning: FilingWarning, t: T): string {
  if (warning.kind === 'advice') return t(`advice.${warning.code}.title`);
  if (warning.kind === 'document') return t('review.missingDocument', { document: t(`documents.${warning.document ?? ''}.label`) });
  return t('review.missingField', { field: t(`fields.${warning.field ?? ''}.label`), problem: t(`errors.${warning.code}`) });
}
