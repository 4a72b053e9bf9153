/**
 * Life cycle of a dossier (docs/design.md, "Dossier life cycle"): draft → ready → queued → sending
 * → delivered, with the side exits needs-correction (the server refused a field) and cancelled.
 * What follows delivery (the review stage, attestations) is not a status: it is kept per
 * submission (storage's followUps and attestations) and refreshed by src/sync/followUp.ts.
 */
export const dossierStatuses = [
  'draft',
  'ready',
  'queued',
  'sending',
  'delivered',
  'needs-correction',
  'cancelled',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export type DossierEvent =
  | 'completed' // nothing blocks filing any more (warnings the person accepted may remain)
  | 'uncompleted' // an edit made it unfileable again
  | 'file' // the person pressed "File"
  | 'send' // the outbox runner starts sending it
  | 'retry' // sending failed for a reason worth retrying (network, 408, 429, 5xx)
  | 'delivered' // the receipt is stored
  | 'refused' // the server refused a field (422): back to the person
  | 'edit' // the person starts correcting a refused dossier
  | 'cancel'; // the person gives the dossier up before it is sent

const transitions: Record<DossierStatus, Partial<Record<DossierEvent, DossierStatus>>> = {
  draft: { completed: 'ready', uncompleted: 'draft', cancel: 'cancelled' },
  ready: { completed: 'ready', uncompleted: 'draft', file: 'queued', cancel: 'cancelled' },
  queued: { send: 'sending', retry: 'queued' },
  sending: { retry: 'queued', delivered: 'delivered', refused: 'needs-correction', send: 'sending' },
  delivered: {},
  'needs-correction': { edit: 'draft', cancel: 'cancelled' },
  cancelled: {},
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: DossierStatus,
    readonly event: DossierEvent,
  ) {
    super(`A dossier in status "${from}" cannot take the event "${event}".`);
    this.name = 'IllegalTransitionError';
  }
}

export function canTransition(from: DossierStatus, event: DossierEvent): boolean {
  return transitions[from][event] !== undefined;
}

export function nextStatus(from: DossierStatus, event: DossierEvent): DossierStatus {
  const to = transitions[from][event];
  if (to === undefined) throw new IllegalTransitionError(from, event);
  return to;
}

/** A dossier being sent or already filed is frozen: a correction makes a new submission. */
export function isEditable(status: DossierStatus): boolean {
  return status === 'draft' || status === 'ready' || status === 'needs-correction';
}

/** What the home screen shows: the four states a person understands, plus the exits. */
export type DossierDisplayStatus = 'draft' | 'waiting' | 'sending' | 'filed' | 'needs-correction' | 'cancelled';

export function displayStatus(status: DossierStatus): DossierDisplayStatus {
  switch (status) {
    case 'draft':
    case 'ready':
      return 'draft';
    case 'queued':
      return 'waiting';
    case 'sending':
      return 'sending';
    case 'delivered':
      return 'filed';
    case 'needs-correction':
      return 'needs-correction';
    case 'cancelled':
      return 'cancelled';
  }
}
