import { describeCompleteness, doc, field, person } from './completenessTable';

describeCompleteness({
  id: 'renewal-cst-vpf',
  answers: {
    ...person,
    maritalStatus: 'married',
    childrenCount: '2',
    polygamyAllowed: 'no',
    vpfGround: 'spouse-of-french',
    spouseLifeTogether: 'ongoing',
    consecutiveRenewals: 'one',
  },
  requiredFields: [
    'lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', 'currentCardHeld', 'identityDocument', 'passportExpiry',
    'street', 'postcode', 'city', 'housing',
    'maritalStatus', 'childrenCount', 'polygamyAllowed',
    'vpfGround', 'spouseLifeTogether', 'consecutiveRenewals',
    'ePhotoCode',
  ],
  requiredDocuments: [
    'current-permit', 'passport', 'proof-of-address', 'republic-contract',
    'marriage-certificate', 'spouse-french-nationality-proof', 'joint-life-statement', 'shared-life-proofs',
  ],
  optionalDocuments: [],
  proofOfAddressMonths: 6,
  passportRule: true,
  branches: [
    { name: 'hosted, host ID up to date → host statement and ID', answers: { housing: 'hosted', hostIdAddressUpToDate: 'yes' }, missing: [doc('host-statement'), doc('host-id')] },
    {
      name: 'hosted, host ID out of date → also the host’s proof of address',
      answers: { housing: 'hosted', hostIdAddressUpToDate: 'no' },
      missing: [doc('host-statement'), doc('host-id'), doc('host-proof-of-address')],
    },
    {
      name: 'hosted without saying whether the host ID is up to date → that answer',
      answers: { housing: 'hosted' },
      missing: [field('address', 'hostIdAddressUpToDate'), doc('host-statement'), doc('host-id')],
      fix: { hostIdAddressUpToDate: 'no' },
      add: ['host-statement', 'host-id', 'host-proof-of-address'],
    },
    { name: 'hotel → hotelier statement and bill', answers: { housing: 'hotel' }, missing: [doc('hotel-statement'), doc('hotel-bill')] },
    { name: 'married, polygamy allowed → non-polygamy statement', answers: { polygamyAllowed: 'yes' }, missing: [doc('non-polygamy-statement')] },
    { name: 'married, does not know → non-polygamy statement', answers: { polygamyAllowed: 'unknown' }, missing: [doc('non-polygamy-statement')] },
    { name: 'not married → no polygamy question, no statement', answers: { maritalStatus: 'divorced', polygamyAllowed: '' }, missing: [] },
    { name: 'life together ended by violence → proof of violence', answers: { spouseLifeTogether: 'ended-violence' }, missing: [doc('violence-proof')] },
    { name: 'life together ended by the spouse’s polygamy → its proof', answers: { spouseLifeTogether: 'ended-spouse-polygamy' }, missing: [doc('spouse-polygamy-proof')] },
    { name: 'spouse deceased → death certificate', answers: { spouseLifeTogether: 'ended-death' }, missing: [doc('spouse-death-certificate')] },
    {
      name: 'parent of a French child → the child’s documents',
      answers: { vpfGround: 'parent-of-french-child', filiationByRecognition: 'no' },
      missing: [doc('child-birth-certificate'), doc('child-contribution-proof'), doc('child-residence-proof')],
    },
    {
      name: 'parent, filiation by « reconnaissance » → the other parent’s contribution too',
      answers: { vpfGround: 'parent-of-french-child', filiationByRecognition: 'yes' },
      missing: [doc('child-birth-certificate'), doc('child-contribution-proof'), doc('child-residence-proof'), doc('other-parent-contribution-proof')],
    },
    {
      name: 'personal ties, married → the four kinds of proof',
      answers: { vpfGround: 'personal-ties' },
      missing: [doc('marital-ties-proof'), doc('family-ties-proof'), doc('living-conditions-proof'), doc('integration-proof')],
    },
    { name: 'card lost → the loss statement instead of the card (SP-F21032, REVIEW row 11)', answers: { currentCardHeld: 'lost' }, missing: [doc('loss-statement')] },
    { name: 'another VPF ground → that card’s own pieces (REVIEW row 17)', answers: { vpfGround: 'other' }, missing: [doc('card-ground-documents')] },
    { name: 'domiciliation (CCAS) → its attestation (REVIEW row 15)', answers: { housing: 'domiciliation' }, missing: [doc('domiciliation-certificate')] },
    { name: 'emergency shelter (115) → the structure’s attestation, no hotel bill (REVIEW row 15)', answers: { housing: 'shelter' }, missing: [doc('structure-attestation')] },
    {
      name: 'personal ties, single → no proof of marriage',
      answers: { vpfGround: 'personal-ties', maritalStatus: 'single' },
      missing: [doc('family-ties-proof'), doc('living-conditions-proof'), doc('integration-proof')],
    },
  ],
});
