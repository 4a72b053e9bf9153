import { describeCompleteness, doc, person } from './completenessTable';

describeCompleteness({
  id: 'renewal-talent',
  answers: { ...person, maritalStatus: 'single', childrenCount: '0', talentType: 'salarie-qualifie', cardDurationYears: 'four-years', lostJobInvoluntarily: 'no' },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'currentCardHeld', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'maritalStatus', 'childrenCount',
    'talentType', 'cardDurationYears', 'lostJobInvoluntarily',
    'ePhotoCode',
  ],
  requiredDocuments: ['current-permit', 'passport', 'proof-of-address', 'republic-contract', 'employer-attestation'],
  optionalDocuments: [],
  proofOfAddressMonths: 6,
  passportRule: true,
  branches: [
    {
      name: 'salarié qualifié who lost the job involuntarily → France Travail documents instead',
      answers: { lostJobInvoluntarily: 'yes' },
      missing: [doc('france-travail-employer-attestation'), doc('france-travail-situation-notice')],
    },
    { name: 'researcher → master diploma and hosting agreement', answers: { talentType: 'chercheur' }, missing: [doc('master-diploma'), doc('hosting-agreement')] },
    {
      name: 'researcher who lost the job → diploma and France Travail documents',
      answers: { talentType: 'chercheur', lostJobInvoluntarily: 'yes' },
      missing: [doc('master-diploma'), doc('france-travail-employer-attestation'), doc('france-travail-situation-notice')],
    },
    { name: 'married, polygamy allowed → non-polygamy statement', answers: { maritalStatus: 'married', polygamyAllowed: 'yes' }, missing: [doc('non-polygamy-statement')] },
  ],
});
