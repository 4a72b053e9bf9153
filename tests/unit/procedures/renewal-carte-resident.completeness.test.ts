import { describeCompleteness, doc, person } from './completenessTable';

describeCompleteness({
  id: 'renewal-carte-resident',
  answers: { ...person, maritalStatus: 'married', childrenCount: '3', polygamyAllowed: 'no', residentCardType: 'standard' },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'currentCardHeld', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'maritalStatus', 'childrenCount', 'polygamyAllowed',
    'residentCardType',
    'ePhotoCode',
  ],
  requiredDocuments: ['current-permit', 'passport', 'proof-of-address', 'republic-contract', 'birth-certificate', 'absence-statement-cr'],
  optionalDocuments: [],
  proofOfAddressMonths: 6,
  passportRule: true,
  branches: [
    { name: '« résident de longue durée-UE » → its own sworn statement', answers: { residentCardType: 'ld-ue' }, missing: [doc('absence-statement-ld-ue')] },
    { name: 'married, polygamy allowed → non-polygamy statement', answers: { polygamyAllowed: 'yes' }, missing: [doc('non-polygamy-statement')] },
    { name: 'hotel → hotelier statement and bill', answers: { housing: 'hotel' }, missing: [doc('hotel-statement'), doc('hotel-bill')] },
  ],
});
