import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IllegalTransitionError } from '@/domain/dossierStatus';
import { NotEditableError, RecordNotFoundError, type Storage } from '@/storage';
import { dropStorage, freshStorage, opened, readyDossier } from './testDb';

let storage: Storage;
beforeEach(() => {
  storage = freshStorage();
});
afterEach(() => dropStorage(storage));

const newDossier = { procedureId: 'renewal-vpf', procedureVersion: '2026.1', language: 'fr', firstStep: 'identity' };

describe('dossiers', () => {
  it('creates a draft with a UUID and reads it back', async () => {
    const dossier = await storage.createDossier(newDossier);
    expect(dossier.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(dossier.status).toBe('draft');
    expect(await storage.getDossier(dossier.id)).toEqual(dossier);
    expect(await storage.getDossier('nope')).toBeUndefined();
  });

  it('lists the most recently changed first', async () => {
    const a = await storage.createDossier(newDossier);
    await new Promise((r) => setTimeout(r, 5));
    const b = await storage.createDossier(newDossier);
    await new Promise((r) => setTimeout(r, 5));
    await storage.saveAnswers(a.id, { familyName: 'X' });
    expect((await storage.listDossiers()).map((d) => d.id)).toEqual([a.id, b.id]);
  });

  it('merges answers and moves the current step', async () => {
    const { id } = await storage.createDossier(newDossier);
    await storage.saveAnswers(id, { familyName: 'Exemple', hasChildren: false });
    await storage.saveAnswers(id, { givenNames: 'Awa', hasChildren: true }, 'address');
    const saved = opened(await storage.getDossier(id));
    expect(saved?.answers).toEqual({ familyName: 'Exemple', givenNames: 'Awa', hasChildren: true });
    expect(saved?.currentStep).toBe('address');
    await storage.setCurrentStep(id, 'documents');
    expect(opened(await storage.getDossier(id)).currentStep).toBe('documents');
  });

  it('refuses to edit a filed dossier and leaves it untouched', async () => {
    const { dossier, request } = await readyDossier(storage);
    await storage.fileDossier(dossier.id, request);
    await expect(storage.saveAnswers(dossier.id, { familyName: 'Autre' })).rejects.toBeInstanceOf(NotEditableError);
    expect(opened(await storage.getDossier(dossier.id)).answers.familyName).toBe('Exemple');
  });

  it('an edit of a refused dossier takes it back to draft and clears the refusal', async () => {
    const { dossier, request } = await readyDossier(storage);
    const row = await storage.fileDossier(dossier.id, request);
    await storage.applyDossierEvent(dossier.id, 'send');
    await storage.recordRefusal(row.id, { code: 'validation', fields: [{ field: 'familyName', code: 'too-long' }] });
    await storage.saveAnswers(dossier.id, { familyName: 'Court' });
    const edited = opened(await storage.getDossier(dossier.id));
    expect(edited?.status).toBe('draft');
    expect(edited?.refusal).toBeUndefined();
    expect(edited).not.toHaveProperty('refusal');
  });

  it('applies life-cycle events through the domain machine', async () => {
    const { id } = await storage.createDossier(newDossier);
    expect((await storage.applyDossierEvent(id, 'completed')).status).toBe('ready');
    await expect(storage.applyDossierEvent(id, 'delivered')).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(storage.applyDossierEvent('missing', 'completed')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(opened(await storage.setLanguage(id, 'ar')).language).toBe('ar');
  });
});
