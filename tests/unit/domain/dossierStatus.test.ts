import { describe, expect, it } from 'vitest';
import {
  canTransition,
  displayStatus,
  dossierStatuses,
  IllegalTransitionError,
  isEditable,
  nextStatus,
  type DossierEvent,
  type DossierStatus,
} from '@/domain';

describe('dossier status machine', () => {
  it.each<[DossierStatus, DossierEvent, DossierStatus]>([
    ['draft', 'completed', 'ready'],
    ['ready', 'uncompleted', 'draft'],
    ['ready', 'file', 'queued'],
    ['queued', 'send', 'sending'],
    ['sending', 'retry', 'queued'],
    ['sending', 'delivered', 'delivered'],
    ['sending', 'refused', 'needs-correction'],
    ['needs-correction', 'edit', 'draft'],
    ['draft', 'cancel', 'cancelled'],
  ])('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each<[DossierStatus, DossierEvent]>([
    ['draft', 'file'], // an incomplete dossier cannot be filed
    ['queued', 'cancel'], // nor cancelled once queued: it may already be on the server
    ['sending', 'cancel'],
    ['delivered', 'edit'], // a filed dossier is frozen
    ['delivered', 'send'],
    ['cancelled', 'completed'],
  ])('refuses %s --%s-->', (from, event) => {
    expect(canTransition(from, event)).toBe(false);
    expect(() => nextStatus(from, event)).toThrow(IllegalTransitionError);
  });

  it('lets a person edit only before sending or after a refusal', () => {
    const editable = dossierStatuses.filter(isEditable);
    expect(editable).toEqual(['draft', 'ready', 'needs-correction']);
  });

  it('shows the four states a person understands', () => {
    expect(dossierStatuses.map(displayStatus)).toEqual([
      'draft',
      'draft',
      'waiting',
      'sending',
      'filed',
      'needs-correction',
      'cancelled',
    ]);
  });
});
