import type { FeeRate } from '@/domain/fees';
import { sources } from './sources';

/**
 * The rates of the fees a titre de séjour costs, each from the day it applies (docs/procedures.md §4
 * and §14). The CESEDA text read is of July 2025; the 2026 finance law (art. 128) is known
 * only from secondary sources, so its rates carry `unconfirmed` until read in the Journal officiel.
 * A new rate is a new line here, with its date and source.
 *
 * The 2021 date is the recodified CESEDA's entry into force: the amounts may be older, not newer.
 */
const CESEDA_2021 = '2021-05-01';
const LFI_2026 = '2026-05-01';

export const feeRates: readonly FeeRate[] = [
  // L. 436-1: « 200 euros » for a renewal; « ramené à 50 euros » for the listed cards (students …).
  { item: 'tax-renewal', euros: 200, validFrom: CESEDA_2021, sources: [sources.l4361] },
  { item: 'tax-renewal-reduced', euros: 50, validFrom: CESEDA_2021, sources: [sources.l4361] },
  // L. 436-7: « droit de timbre d'un montant de 25 euros » (delivery, renewal, duplicata, change).
  { item: 'stamp', euros: 25, validFrom: CESEDA_2021, sources: [sources.l4367] },
  // L. 436-5: « droit de visa de régularisation de 180 euros » for a renewal asked after the deadline.
  { item: 'late-renewal', euros: 180, validFrom: CESEDA_2021, sources: [sources.l4365] },
  // LFI 2026 art. 128 (UNAFO): renewal unchanged at 200 € / 50 €, stamp duty doubled to 50 €.
  { item: 'tax-renewal', euros: 200, validFrom: LFI_2026, sources: [sources.l4361, sources.lfi2026] },
  { item: 'tax-renewal-reduced', euros: 50, validFrom: LFI_2026, sources: [sources.l4361, sources.lfi2026] },
  { item: 'stamp', euros: 50, validFrom: LFI_2026, sources: [sources.l4367, sources.lfi2026] },
];
