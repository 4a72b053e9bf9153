import type { LegalSource } from '@/domain/procedureSchema';

/**
 * Sources cited by the catalogue, from ../shared/domain/PROCEDURES.md §1. The CESEDA text read was
 * the DILA LEGI dump of July 2025 ("[C-old]"): checked on the date below, re-check on Légifrance.
 */
const CESEDA = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158/';
const CHECKED_ON = '2026-11-26';

function ceseda(ref: string): LegalSource {
  return { ref: `CESEDA ${ref}`, url: CESEDA, checkedOn: CHECKED_ON };
}

export const sources = {
  annexe10Row29: ceseda('annexe 10, ligne 29 (VPF conjoint de Français)'),
  annexe10Row30: ceseda('annexe 10, ligne 30 (VPF parent d’enfant français)'),
  annexe10Row37: ceseda('annexe 10, ligne 37 (VPF liens personnels et familiaux)'),
  l4231: ceseda('L. 423-1'),
  l4237: ceseda('L. 423-7'),
  l42323: ceseda('L. 423-23'),
  r4315: ceseda('R. 431-5'),
  /** AGDREF number: 10 digits, 9 on older cards — secondary sources only. */
  foreignerNumber: {
    ref: 'ANEF — numéro étranger (AGDREF), 9 ou 10 chiffres',
    url: 'https://administration-etrangers-en-france.interieur.gouv.fr/',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },
} satisfies Record<string, LegalSource>;
