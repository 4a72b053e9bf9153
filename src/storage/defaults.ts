import { getStorage, type Storage } from './storage';

/*
 * The repositories bound to the app's database, as plain functions, so screens can write
 * `saveAnswers(id, values)` without holding a database handle. Each call resolves `getStorage()`
 * lazily: importing this module opens nothing. Tests use `createStorage(openRelaisDb(name))`.
 */
export const createDossier: Storage['createDossier'] = (...a) => getStorage().createDossier(...a);
export const getDossier: Storage['getDossier'] = (...a) => getStorage().getDossier(...a);
export const listDossiers: Storage['listDossiers'] = (...a) => getStorage().listDossiers(...a);
export const saveAnswers: Storage['saveAnswers'] = (...a) => getStorage().saveAnswers(...a);
export const setCurrentStep: Storage['setCurrentStep'] = (...a) => getStorage().setCurrentStep(...a);
export const applyDossierEvent: Storage['applyDossierEvent'] = (...a) =>
  getStorage().applyDossierEvent(...a);
export const setLanguage: Storage['setLanguage'] = (...a) => getStorage().setLanguage(...a);

export const addDocument: Storage['addDocument'] = (...a) => getStorage().addDocument(...a);
export const listDocuments: Storage['listDocuments'] = (...a) => getStorage().listDocuments(...a);
export const getDocument: Storage['getDocument'] = (...a) => getStorage().getDocument(...a);
export const getDocumentBytes: Storage['getDocumentBytes'] = (...a) => getStorage().getDocumentBytes(...a);
export const removeDocument: Storage['removeDocument'] = (...a) => getStorage().removeDocument(...a);
export const listDraftPages: Storage['listDraftPages'] = (...a) => getStorage().listDraftPages(...a);
export const saveDraftPages: Storage['saveDraftPages'] = (...a) => getStorage().saveDraftPages(...a);

export const fileDossier: Storage['fileDossier'] = (...a) => getStorage().fileDossier(...a);
export const listOutbox: Storage['listOutbox'] = (...a) => getStorage().listOutbox(...a);
export const getOutbox: Storage['getOutbox'] = (...a) => getStorage().getOutbox(...a);
export const getOutboxByDossier: Storage['getOutboxByDossier'] = (...a) =>
  getStorage().getOutboxByDossier(...a);
export const updateOutbox: Storage['updateOutbox'] = (...a) => getStorage().updateOutbox(...a);
export const setOutboxProgress: Storage['setOutboxProgress'] = (...a) => getStorage().setOutboxProgress(...a);

export const recordDelivery: Storage['recordDelivery'] = (...a) => getStorage().recordDelivery(...a);
export const recordRefusal: Storage['recordRefusal'] = (...a) => getStorage().recordRefusal(...a);
export const getReceipt: Storage['getReceipt'] = (...a) => getStorage().getReceipt(...a);

export const listJournal: Storage['listJournal'] = (...a) => getStorage().listJournal(...a);

export const recordFollowUp: Storage['recordFollowUp'] = (...a) => getStorage().recordFollowUp(...a);
export const recordFollowUpFailure: Storage['recordFollowUpFailure'] = (...a) =>
  getStorage().recordFollowUpFailure(...a);
export const getFollowUp: Storage['getFollowUp'] = (...a) => getStorage().getFollowUp(...a);
export const listAttestations: Storage['listAttestations'] = (...a) => getStorage().listAttestations(...a);
export const listFollowedSubmissions: Storage['listFollowedSubmissions'] = (...a) =>
  getStorage().listFollowedSubmissions(...a);

export const saveSigningKeys: Storage['saveSigningKeys'] = (...a) => getStorage().saveSigningKeys(...a);
export const getSigningKey: Storage['getSigningKey'] = (...a) => getStorage().getSigningKey(...a);

export const purgeDeliveredDocuments: Storage['purgeDeliveredDocuments'] = (...a) => getStorage().purgeDeliveredDocuments(...a);
export const eraseDossier: Storage['eraseDossier'] = (...a) => getStorage().eraseDossier(...a);

export const recordMandate: Storage['recordMandate'] = (...a) => getStorage().recordMandate(...a);
export const revokeMandate: Storage['revokeMandate'] = (...a) => getStorage().revokeMandate(...a);
export const listMandates: Storage['listMandates'] = (...a) => getStorage().listMandates(...a);
export const activeMandate: Storage['activeMandate'] = (...a) => getStorage().activeMandate(...a);
export const reassignDossiers: Storage['reassignDossiers'] = (...a) => getStorage().reassignDossiers(...a);
