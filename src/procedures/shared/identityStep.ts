import type { CrossFieldRule, FieldDefinition, FieldsStep, LegalSource } from '@/domain/procedureSchema';
import { sources, unconfirmed } from './sources';

/**
 * Who the person is and which card they hold. The step and field ids are the app's contract
 * (answers, e2e tests): keep them.
 *
 * Only four answers and the card's number are `essential`: without a name, a birth date and a
 * nationality there is nobody to file for (the civil status and nationality of CESEDA R. 431-10),
 * and without the numéro étranger no card to renew (annexe 3: it is printed on the card, and it is
 * the ANEF login). Everything else missing is a warning.
 *
 * No renewal requires a national passport as such: annexe 10 asks for the passport « ou, à défaut,
 * autres justificatifs dont au moins un revêtu d'une photographie », and a refugee, a beneficiary of
 * subsidiary protection or a stateless person must not ask their country for one — their travel
 * document, or OFPRA's documents (L. 121-9), prove who they are. Hence `identityDocument` first, and
 * the passport's date only for a passport. `passport` cites where the procedure's list asks for it;
 * `passportRequired` is false where the list asks for it only in some cases (student row 25 §1.2).
 */
export type IdentityOptions = {
  passportRequired?: boolean;
  /** A renewal: the current card may have been lost or stolen, and is renewed all the same. */
  renewal?: boolean;
};

const identifies = [sources.r43110];

export function identityStep(passport: LegalSource[], options: IdentityOptions = {}): FieldsStep {
  const renewalFields: FieldDefinition[] = options.renewal
    ? [
        {
          // SP-F21032 / F22312: a lost or stolen card is declared (loss statement, police report);
          // the renewal goes on with that paper instead of the card (docs/reviews/legal-2026-12.md row 11).
          id: 'currentCardHeld',
          kind: 'choice',
          required: true,
          options: ['yes', 'lost', 'stolen'],
          sources: [sources.spF21032, sources.spF22312],
        },
      ]
    : [];
  return {
    id: 'identity',
    kind: 'fields',
    fields: [
      { id: 'lastName', kind: 'name', required: true, essential: identifies, autocomplete: 'family-name' },
      { id: 'firstNames', kind: 'name', required: true, essential: identifies, autocomplete: 'given-name' },
      { id: 'birthDate', kind: 'date-past', required: true, essential: identifies, autocomplete: 'bday' },
      { id: 'nationality', kind: 'country', required: true, essential: identifies, autocomplete: 'off', sources: identifies },
      {
        id: 'foreignerNumber',
        kind: 'foreigner-number',
        required: true,
        essential: [sources.annexe3],
        autocomplete: 'off',
        sources: [sources.foreignerNumber],
      },
      { id: 'permitExpiry', kind: 'date-expiry', required: true, autocomplete: 'off', sources: [sources.r4315] },
      ...renewalFields,
      {
        id: 'identityDocument',
        kind: 'choice',
        required: true,
        options: ['passport', 'travel-document', 'other-proof'],
        sources: [sources.annexe10Passport, sources.l1219],
      },
      {
        id: 'passportExpiry',
        kind: 'date-expiry',
        required: options.passportRequired ?? true,
        autocomplete: 'off',
        when: [{ field: 'identityDocument', in: ['passport'], orUnanswered: true }],
        sources: passport,
      },
    ],
  };
}

/**
 * A passport that ends before the new card starts (the day after the current one ends). The lists
 * only ask for the passport pages showing its « dates de validité » and accept other proofs
 * « à défaut »: no text makes this a condition, so it is a warning (start renewing the passport,
 * the prefecture may ask for it when the card is handed over), never a block — a consulate can take
 * months, and waiting for it would push the person past the deadline (docs/reviews/legal-2026-12.md row 1). Not
 * used for the change of address and the duplicate: no new period of validity starts there.
 */
export function passportOutlastsCardRule(passport: LegalSource[]): CrossFieldRule {
  return {
    kind: 'date-after',
    field: 'passportExpiry',
    after: 'permitExpiry',
    code: 'passport-expires-before-card',
    sources: [
      ...passport.map((source) =>
        unconfirmed(source, 'le texte demande les pages des « dates de validité » ; qu’il doive couvrir le début de la nouvelle carte est une lecture'),
      ),
      sources.annexe10Passport,
    ],
  };
}
