import { describeCompleteness, doc, person } from './completenessTable';

describeCompleteness({
  id: 'duplicate',
  answers: { ...person, duplicateReason: 'lost' },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'duplicateReason',
    'ePhotoCode',
  ],
  requiredDocuments: ['passport', 'proof-of-address', 'loss-statement'],
  optionalDocuments: ['lost-card-copy', 'republic-contract'],
  proofOfAddressMonths: 3,
  passportRule: false,
  branches: [
    { name: 'stolen → police complaint receipt', answers: { duplicateReason: 'stolen' }, missing: [doc('theft-report')] },
    { name: 'damaged → the damaged card', answers: { duplicateReason: 'damaged' }, missing: [doc('damaged-card')] },
    { name: 'hosted, host ID up to date → host statement and ID', answers: { housing: 'hosted', hostIdAddressUpToDate: 'yes' }, missing: [doc('host-statement'), doc('host-id')] },
  ],
});
