import { boundToAppDb, type RelaisDb } from './db';
import { deliveryRepository } from './delivery';
import { documentRepository } from './documents';
import { dossierRepository } from './dossiers';
import { draftPageRepository } from './draftPages';
import { followUpRepository } from './followUps';
import { journalRepository } from './journal';
import { mandateRepository } from './mandates';
import { outboxRepository } from './outbox';
import { reassignRepository } from './reassign';
import { retentionRepository } from './retention';
import { signingKeyRepository } from './signingKeys';

/** Every repository bound to one database: what the app (and the sync runner) use. */
export function createStorage(db: RelaisDb) {
  return {
    db,
    ...dossierRepository(db),
    ...documentRepository(db),
    ...draftPageRepository(db),
    ...outboxRepository(db),
    ...deliveryRepository(db),
    ...journalRepository(db),
    ...followUpRepository(db),
    ...signingKeyRepository(db),
    ...retentionRepository(db),
    ...mandateRepository(db),
    ...reassignRepository(db),
  };
}
export type Storage = ReturnType<typeof createStorage>;

/** Repositories over the app's database (`getDb()`), created on first use. */
export const getStorage: () => Storage = boundToAppDb(createStorage);
