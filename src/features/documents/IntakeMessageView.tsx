import { useTranslation } from 'react-i18next';
import { captureLimits } from '@/capture';
import { Notice } from '@/ui/Notice';
import { formatMegabytes, type IntakeMessage } from './useDocumentIntake';

/** A file name inside a sentence keeps its own direction (FSI … PDI), in any language. */
const isolated = (name: string) => `\u2068${name}\u2069`;

/**
 * A message about a file, worded now in the person's language (a language switch re-renders it):
 * which file, what was found in it, and what can be done — the doable way first.
 */
export function IntakeMessageView({ message }: { message: NonNullable<IntakeMessage> }) {
  const { t, i18n } = useTranslation('wizard');
  const vars = {
    file: isolated(message.file ?? ''),
    pages: message.pages ?? 0,
    max: captureLimits.maxPdfPages,
    size: formatMegabytes(captureLimits.maxDocumentBytes, i18n.language),
    available: message.room ? formatMegabytes(message.room.available, i18n.language) : '',
    needed: message.room ? formatMegabytes(message.room.needed, i18n.language) : '',
  };
  return <Notice tone={message.tone}>{t(message.key, vars)}</Notice>;
}
