import { SOURCE_LANGUAGE } from '@/i18n/languages';
import { splitFrenchTerms } from '@/i18n/frenchTerms';

/**
 * A translated text whose French terms (isolated by the i18n set-up) are marked `lang="fr"` and
 * `dir="ltr"`: a screen reader says them in French, the layout keeps them whole. Plain text in, the
 * same text out — only the French terms gain their element.
 */
export function FrenchTerms({ text }: { text: string }) {
  const pieces = splitFrenchTerms(text);
  if (!pieces.some((piece) => piece.french)) return text;
  return pieces.map((piece, index) =>
    piece.french ? (
      <span key={index} lang={SOURCE_LANGUAGE} dir="ltr">
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}
