import { describeCompleteness, doc, person } from './completenessTable';

describeCompleteness({
  id: 'renewal-cst-etudiant',
  answers: { ...person, maritalStatus: 'single', childrenCount: '0', resourcesType: 'own-funds' },
  // No passportExpiry: annexe 10 row 25 asks for the passport only without a valid visa or title.
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'currentCardHeld', 'identityDocument',
    'street', 'postcode', 'city', 'housing',
    'maritalStatus', 'childrenCount',
    'resourcesType',
    'ePhotoCode',
  ],
  requiredDocuments: ['current-permit', 'proof-of-address', 'republic-contract', 'enrolment-certificate', 'transcripts', 'bank-balance-certificate'],
  optionalDocuments: ['passport', 'last-diploma', 'other-resources-proof'],
  proofOfAddressMonths: 6,
  passportRule: true,
  branches: [
    { name: 'French or EU grant → its proof', answers: { resourcesType: 'french-grant' }, missing: [doc('french-grant-proof')] },
    { name: 'grant from the home country → the payer’s certificate', answers: { resourcesType: 'home-grant' }, missing: [doc('home-grant-certificate')] },
    { name: 'working → payslips', answers: { resourcesType: 'work' }, missing: [doc('payslips')] },
    { name: 'supported by a third party → their ID and the transfers', answers: { resourcesType: 'third-party' }, missing: [doc('third-party-id'), doc('third-party-support-proof')] },
    { name: 'hosted, host ID out of date → host documents', answers: { housing: 'hosted', hostIdAddressUpToDate: 'no' }, missing: [doc('host-statement'), doc('host-id'), doc('host-proof-of-address')] },
    { name: 'married, does not know about polygamy → statement', answers: { maritalStatus: 'married', polygamyAllowed: 'unknown' }, missing: [doc('non-polygamy-statement')] },
    { name: 'no passport date given → still complete', answers: { passportExpiry: '' }, missing: [] },
  ],
});
