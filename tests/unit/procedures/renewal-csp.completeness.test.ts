import { describeCompleteness, doc, person } from './completenessTable';

describeCompleteness({
  id: 'renewal-csp',
  answers: {
    ...person,
    maritalStatus: 'married',
    childrenCount: '1',
    polygamyAllowed: 'no',
    cardGround: 'salarie',
    cardDurationYears: 'four-years',
    jobSituation: 'same-job',
    privateEmployer: 'no',
  },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'currentCardHeld', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'maritalStatus', 'childrenCount', 'polygamyAllowed',
    'cardGround', 'cardDurationYears', 'jobSituation', 'privateEmployer',
    'ePhotoCode',
  ],
  requiredDocuments: [
    'current-permit', 'passport', 'proof-of-address', 'republic-contract', 'habitual-residence-proof', 'work-authorisation', 'activity-record',
  ],
  optionalDocuments: ['employment-contract', 'payslips'],
  proofOfAddressMonths: 6,
  passportRule: true,
  branches: [
    {
      name: 'salarié no longer employed → France Travail documents',
      answers: { jobSituation: 'no-longer-employed', jobLossCause: 'dismissal' },
      missing: [doc('france-travail-employer-attestation'), doc('france-travail-situation-notice')],
    },
    {
      name: 'VPF spouse of a French national → the spouse documents',
      answers: { cardGround: 'vpf-spouse', cardDurationYears: 'two-years', spouseLifeTogether: 'ongoing' },
      missing: [doc('marriage-certificate'), doc('spouse-french-nationality-proof'), doc('joint-life-statement'), doc('shared-life-proofs')],
    },
    {
      name: 'VPF parent, filiation by « reconnaissance » → the child documents',
      answers: { cardGround: 'vpf-parent', cardDurationYears: 'two-years', filiationByRecognition: 'yes' },
      missing: [doc('child-birth-certificate'), doc('child-contribution-proof'), doc('child-residence-proof'), doc('other-parent-contribution-proof')],
    },
    {
      name: 'VPF personal ties, married → the four kinds of proof',
      answers: { cardGround: 'vpf-ties', cardDurationYears: 'two-years' },
      missing: [doc('marital-ties-proof'), doc('family-ties-proof'), doc('living-conditions-proof'), doc('integration-proof')],
    },
    { name: 'another ground → the pieces of that ground', answers: { cardGround: 'other', cardDurationYears: 'other-duration' }, missing: [doc('card-ground-documents')] },
    { name: 'married, polygamy allowed → non-polygamy statement', answers: { polygamyAllowed: 'yes' }, missing: [doc('non-polygamy-statement')] },
  ],
});
