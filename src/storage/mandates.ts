import { z } from 'zod/mini';
import { hasConsistentEnd, mandateDigest, mandateSchema, mandateStatus, type Mandate } from '@/domain/mandate';
import type { RelaisDb } from './db';
import { RecordNotFoundError, StorageError } from './errors';
import { guardWrite } from './guard';
import { appendJournal, ownerSealer, sealJournalLine } from './journal';
import { parseMany, parseOne } from './parse';
import { dossierRecord, mandateRecord, mandateSealedFields, type MandateRecord, type MandateRow } from './records';
import { isSealed, vaultOf, type Vault } from './vault';

/** The mandate given is not one the domain would make (its end does not follow from its duration). */
export class InvalidMandateError extends StorageError {}

/** The dossier already has a mandate in force: one at a time, so "who may act" is never ambiguous. */
export class MandateConflictError extends StorageError {
  constructor(readonly dossierId: string) {
    super(`Dossier ${dossierId} already has a mandate in force.`);
  }
}

/** The mandate has already ended by itself: there is nothing left to revoke. */
export class MandateEndedError extends StorageError {
  constructor(readonly mandateId: string) {
    super(`Mandate ${mandateId} has already ended.`);
  }
}

const byStart = (a: Pick<Mandate, 'startsAt'>, b: Pick<Mandate, 'startsAt'>) => Date.parse(a.startsAt) - Date.parse(b.startsAt);

/** The names opened; legacy rows (before v5) hold them in clear. */
async function openMandate(vault: Vault, row: MandateRow): Promise<MandateRecord> {
  const open = async (field: (typeof mandateSealedFields)[number]) => {
    const value = row[field];
    return isSealed(value) ? vault.openText(value, 'mandates', row.id, field) : value;
  };
  const [applicantName, mediatorName, structure] = await Promise.all([open('applicantName'), open('mediatorName'), open('structure')]);
  return { ...row, applicantName, mediatorName, structure };
}

export function mandateRepository(db: RelaisDb) {
  // A mandate is the person's consent: written with strict durability, like a filing.
  const s = db.strict;
  const d = db.main;
  const vault = vaultOf(db);

  return {
    /**
     * Keeps a mandate the person has just acknowledged, with its digest and a history line (digest
     * only: names stay out of the journal), in one transaction.
     */
    async recordMandate(input: Mandate): Promise<MandateRecord> {
      const parsed = z.safeParse(mandateSchema, input);
      if (!parsed.success || parsed.data.revokedAt !== undefined || !hasConsistentEnd(parsed.data)) {
        throw new InvalidMandateError(`Mandate ${input.id} is not a valid new mandate.`);
      }
      const mandate = parsed.data;
      // Hashed before the transaction: an IndexedDB transaction closes while crypto is awaited.
      const record: MandateRecord = { ...mandate, digest: await mandateDigest(mandate) };
      const at = Date.parse(mandate.acknowledgedAt);
      const owner = parseOne(dossierRecord, 'dossiers', await d.dossiers.get(mandate.dossierId))?.ownerId;
      const sealedNames = Object.fromEntries(
        await Promise.all(mandateSealedFields.map(async (field) => [field, await vault.seal(mandate[field], 'mandates', mandate.id, field, owner)] as const)),
      );
      const row: MandateRow = { ...record, ...sealedNames };
      const line = await sealJournalLine(ownerSealer(vault, owner), mandate.dossierId, at, { kind: 'mandate-recorded', mandateDigest: record.digest });
      return guardWrite(() =>
        s.transaction('rw', [s.dossiers, s.mandates, s.journal], async () => {
          if (!parseOne(dossierRecord, 'dossiers', await s.dossiers.get(mandate.dossierId))) throw new RecordNotFoundError('dossiers', mandate.dossierId);
          const held = parseMany(mandateRecord, 'mandates', await s.mandates.where('dossierId').equals(mandate.dossierId).toArray());
          if (held.some((m) => mandateStatus(m, at) === 'active')) throw new MandateConflictError(mandate.dossierId);
          await s.mandates.add(row);
          await appendJournal(s, line);
          return record;
        }),
      );
    },

    /**
     * Ends a mandate at `at` (device time), at the person's word, whenever they want. Revoking twice
     * keeps the first revocation (and writes no second line); the digest does not change.
     */
    async revokeMandate(id: string, at: number): Promise<MandateRecord> {
      const found = parseOne(mandateRecord, 'mandates', await d.mandates.get(id));
      const owner = found ? parseOne(dossierRecord, 'dossiers', await d.dossiers.get(found.dossierId))?.ownerId : undefined;
      const line = found ? await sealJournalLine(ownerSealer(vault, owner), found.dossierId, at, { kind: 'mandate-revoked', mandateDigest: found.digest }) : undefined;
      const stored = await guardWrite(() =>
        s.transaction('rw', [s.mandates, s.journal], async () => {
          const mandate = parseOne(mandateRecord, 'mandates', await s.mandates.get(id));
          // The line was sealed for the row read before; one that appeared only now has none.
          if (!mandate || !line) throw new RecordNotFoundError('mandates', id);
          if (mandate.revokedAt !== undefined) return mandate;
          if (mandateStatus(mandate, at) === 'expired') throw new MandateEndedError(id);
          const revoked: MandateRow = { ...mandate, revokedAt: new Date(at).toISOString() };
          await s.mandates.put(revoked);
          await appendJournal(s, line);
          return revoked;
        }),
      );
      return openMandate(vault, stored);
    },

    /** Every mandate of the dossier, oldest first; damaged rows are skipped and logged. */
    async listMandates(dossierId: string): Promise<MandateRecord[]> {
      const rows = await d.mandates.where('dossierId').equals(dossierId).toArray();
      return Promise.all(parseMany(mandateRecord, 'mandates', rows).sort(byStart).map((row) => openMandate(vault, row)));
    },

    /** The mandate in force at `now`, if any (the latest, should a clock have been set back). */
    async activeMandate(dossierId: string, now: number): Promise<MandateRecord | undefined> {
      const rows = await d.mandates.where('dossierId').equals(dossierId).toArray();
      const active = parseMany(mandateRecord, 'mandates', rows)
        .filter((m) => mandateStatus(m, now) === 'active')
        .sort(byStart)
        .at(-1);
      return active ? openMandate(vault, active) : undefined;
    },
  };
}
export type MandateRepository = ReturnType<typeof mandateRepository>;
