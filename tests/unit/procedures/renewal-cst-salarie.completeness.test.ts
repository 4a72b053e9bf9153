import { describeCompleteness, doc, field, person } from './completenessTable';

describeCompleteness({
  id: 'renewal-cst-salarie',
  answers: { ...person, maritalStatus: 'single', childrenCount: '0', jobSituation: 'same-job', privateEmployer: 'no', consecutiveRenewals: 'one' },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'currentCardHeld', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'maritalStatus', 'childrenCount',
    'jobSituation', 'privateEmployer', 'consecutiveRenewals',
    'ePhotoCode',
  ],
  requiredDocuments: ['current-permit', 'passport', 'proof-of-address', 'republic-contract', 'work-authorisation', 'activity-record'],
  optionalDocuments: ['employment-contract', 'payslips'],
  proofOfAddressMonths: 6,
  passportRule: true,
  branches: [
    { name: 'private employer → CESU attestation', answers: { privateEmployer: 'yes' }, missing: [doc('private-employer-attestation')] },
    {
      name: 'no longer employed → France Travail attestation and situation notice',
      answers: { jobSituation: 'no-longer-employed', jobLossCause: 'dismissal' },
      missing: [doc('france-travail-employer-attestation'), doc('france-travail-situation-notice')],
    },
    {
      name: 'no longer employed, cause not said → that answer (L. 421-1: only an involuntary loss extends the card)',
      answers: { jobSituation: 'no-longer-employed' },
      missing: [field('situation', 'jobLossCause'), doc('france-travail-employer-attestation'), doc('france-travail-situation-notice')],
      fix: { jobLossCause: 'end-of-contract' },
    },
    { name: 'card stolen → the police report instead of the card (SP-F22312)', answers: { currentCardHeld: 'stolen' }, missing: [doc('theft-report')] },
    { name: 'changed job → previous employer’s attestation (and the new work authorisation)', answers: { jobSituation: 'changed-job' }, missing: [doc('france-travail-employer-attestation')] },
    { name: 'married, polygamy allowed → non-polygamy statement', answers: { maritalStatus: 'married', polygamyAllowed: 'yes' }, missing: [doc('non-polygamy-statement')] },
    { name: 'married, polygamy not allowed → nothing more', answers: { maritalStatus: 'married', polygamyAllowed: 'no' }, missing: [] },
    { name: 'hotel → hotelier statement and bill', answers: { housing: 'hotel' }, missing: [doc('hotel-statement'), doc('hotel-bill')] },
  ],
});
