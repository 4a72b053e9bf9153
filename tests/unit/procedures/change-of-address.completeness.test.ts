import { describeCompleteness, doc, person } from './completenessTable';

describeCompleteness({
  id: 'change-of-address',
  answers: { ...person, newCardRequested: 'yes' },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'newCardRequested', 'ePhotoCode',
  ],
  requiredDocuments: ['current-permit', 'passport', 'proof-of-address'],
  // The CER is not asked here (R. 412-1: first issuance and renewal) — an inference, kept optional.
  optionalDocuments: ['republic-contract'],
  proofOfAddressMonths: 3,
  passportRule: false,
  branches: [
    { name: 'no new card → no e-photo code needed', answers: { newCardRequested: 'no', ePhotoCode: '', taxStamp: '' }, missing: [] },
    { name: 'hosted, host ID out of date → host documents', answers: { housing: 'hosted', hostIdAddressUpToDate: 'no' }, missing: [doc('host-statement'), doc('host-id'), doc('host-proof-of-address')] },
    { name: 'hotel → hotelier statement and bill', answers: { housing: 'hotel' }, missing: [doc('hotel-statement'), doc('hotel-bill')] },
  ],
});
