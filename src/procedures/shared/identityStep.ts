import type { CrossFieldRule, FieldsStep, LegalSource } from '@/domain/procedureSchema';
import { sources, unconfirmed } from './sources';

/**
 * Who the person is and which card they hold. The step and field ids are the app's contract
 * (answers, e2e tests): keep them.
 *
 * `passport` cites where the procedure's list asks for the passport « pages relatives … aux dates
 * de validité » (annexe 10 for titles, service-public for the ANEF declarations). `passportRequired`
 * is false where the list asks for it only in some cases (student row 25 §1.2).
 */
export function identityStep(passport: LegalSource[], options: { passportRequired?: boolean } = {}): FieldsStep {
  return {
    id: 'identity',
    kind: 'fields',
    fields: [
      { id: 'lastName', kind: 'name', required: true, autocomplete: 'family-name' },
      { id: 'firstNames', kind: 'name', required: true, autocomplete: 'given-name' },
      { id: 'birthDate', kind: 'date-past', required: true, autocomplete: 'bday' },
      { id: 'nationality', kind: 'text', required: true, autocomplete: 'country-name' },
      { id: 'foreignerNumber', kind: 'foreigner-number', required: true, autocomplete: 'off', sources: [sources.foreignerNumber] },
      { id: 'permitExpiry', kind: 'date-expiry', required: true, autocomplete: 'off', sources: [sources.r4315] },
      { id: 'passportExpiry', kind: 'date-expiry', required: options.passportRequired ?? true, autocomplete: 'off', sources: passport },
    ],
  };
}

/**
 * The passport must still be valid when the new card starts (the day after the current one ends).
 * The lists only ask for the passport pages showing its « dates de validité » (and accept other
 * proofs of nationality « à défaut »): that the passport must outlast the current card is our
 * reading, hence flagged. Not used for the change of address and the duplicate: no new period of
 * validity starts there (the duplicate « porte les mêmes dates de validité »).
 */
export function passportOutlastsCardRule(passport: LegalSource[]): CrossFieldRule {
  return {
    kind: 'date-after',
    field: 'passportExpiry',
    after: 'permitExpiry',
    code: 'passport-expires-before-card',
    sources: passport.map((source) =>
      unconfirmed(source, 'le texte demande les pages des « dates de validité » ; qu’il doive couvrir le début de la nouvelle carte est une lecture'),
    ),
  };
}
