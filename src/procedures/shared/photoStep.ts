import type { FieldDefinition, FieldsStep, LegalSource, When } from '@/domain/procedureSchema';
import { sources, unconfirmed } from './sources';

/**
 * Is the electronic tax stamp required before filing? The sources disagree: annexe 10 (every row
 * read) says the fee proof is « à remettre au moment de la remise du titre », service-public says
 * « à présenter lors de la remise de la carte » (F35807) / « demandé lors de la remise de la carte »
 * (F21032), while docs/anef.md describes the stamp number as a step of the online flow. Until
 * this is confirmed the number is asked (and checked when given) but does not block filing:
 * blocking could push a person past the R. 431-5 window (180 € late fee, no API) for a payment the
 * texts place at collection. Flip to `true` here once confirmed — one change for every procedure.
 */
export const TAX_STAMP_REQUIRED_AT_FILING = false;

/** Where the stamp, its 16-digit number and the fee itself come from. */
export const taxStampSources: LegalSource[] = [
  sources.r4363,
  sources.spF33071,
  sources.pref76,
  sources.l4367,
  unconfirmed(sources.anefScope, 'le numéro est demandé dans le parcours ANEF, alors que les textes placent le paiement à la remise de la carte'),
];

export type PhotoStepOptions = {
  /** Where the list asks for the « code photographie et signature numérique valide ». */
  ePhotoSources: LegalSource[];
  /** Fields asked first (change of address: does the person want a new card?). */
  before?: FieldDefinition[];
  /** Only when this holds (change of address: only when a new card is made). */
  when?: When;
  /** Sources of the condition `when`. */
  whenSources?: LegalSource[];
  /** The list of the fee for this procedure (e.g. annexe 10 row, service-public fiche). */
  feeSources: LegalSource[];
};

/**
 * The e-photo code and the electronic tax stamp, right before the documents. The code's length is
 * unconfirmed (22 reported, 21 by one source): the field rule accepts both.
 */
export function photoStep(options: PhotoStepOptions): FieldsStep {
  const condition = options.when ? { when: options.when } : {};
  const conditionSources = options.whenSources ?? [];
  return {
    id: 'photo',
    kind: 'fields',
    fields: [
      ...(options.before ?? []),
      {
        id: 'ePhotoCode',
        kind: 'e-photo-code',
        required: true,
        autocomplete: 'off',
        ...condition,
        sources: [...options.ePhotoSources, sources.ePhotoFormat, ...conditionSources],
      },
      {
        id: 'taxStamp',
        kind: 'tax-stamp',
        required: TAX_STAMP_REQUIRED_AT_FILING,
        autocomplete: 'off',
        ...condition,
        sources: [...taxStampSources, ...options.feeSources, ...conditionSources],
      },
    ],
  };
}
