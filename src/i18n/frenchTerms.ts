/**
 * French words kept inside a translation — « vie privée et familiale », « attestation de dépôt »,
 * « préfecture » — are written between guillemets in every locale. This one mechanism isolates
 * them for the Unicode bidi algorithm (UAX #9): each « … » is wrapped in LEFT-TO-RIGHT ISOLATE …
 * POP DIRECTIONAL ISOLATE, so inside an Arabic sentence the guillemets and the parentheses around
 * the French term stay where they belong, in a title, a button, an aria-label or printed text
 * alike. `FrenchTerms` (features/shared) then gives each isolated term `lang="fr"` on screen.
 */
export const LRI = '\u2066';
export const PDI = '\u2069';

const QUOTED = /«[^«»]*»/g;

/** The text with every « … » isolated left to right; text already isolated is left as it is. */
export function isolateFrenchTerms(text: string): string {
  return text.replace(QUOTED, (quoted, offset: number, whole: string) => (whole[offset - 1] === LRI ? quoted : `${LRI}${quoted}${PDI}`));
}

/** Pieces of a text: plain, or a French term that was isolated. */
export function splitFrenchTerms(text: string): { text: string; french: boolean }[] {
  const pieces: { text: string; french: boolean }[] = [];
  const pattern = new RegExp(`${LRI}([^${PDI}]*)${PDI}`, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index;
    if (index > last) pieces.push({ text: text.slice(last, index), french: false });
    pieces.push({ text: match[0], french: true });
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), french: false });
  return pieces;
}
