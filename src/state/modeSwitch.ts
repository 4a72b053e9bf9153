import type { DeviceMode } from '@/domain';

/** What the device screen knows when a mode is chosen; `undefined` while it is still being read. */
export type ModeSwitchFacts = {
  current: DeviceMode;
  selected: DeviceMode;
  ownerCode: boolean | undefined;
  /** Mediators' profiles (a phone owner's code is not one), as the lock screen lists them. */
  mediatorProfiles: number | undefined;
};

export type ModeSwitch =
  /** Whether the switch would strand data is not known yet: nothing is saved meanwhile. */
  | { kind: 'wait' }
  /** The phone's dossiers are sealed under its owner's code, which only personal mode asks for. */
  | { kind: 'remove-code-first' }
  /** Mediators' dossiers are sealed under codes that only mediator mode's lock screen asks for. */
  | { kind: 'erase-device-first'; profiles: number }
  /** `endKioskVisit`: the visit's key dies with the kiosk, so its dossiers go first, as at a reset. */
  | { kind: 'save'; endKioskVisit: boolean };

/**
 * Whether the chosen mode may be saved as it is. Each refusal is a case where the new mode would
 * leave dossiers sealed under a key nobody could type in any more: they would sit on the device,
 * unreadable, shown as someone else's or erased by the kiosk's start.
 */
export function decideModeSwitch({ current, selected, ownerCode, mediatorProfiles }: ModeSwitchFacts): ModeSwitch {
  // Unknown counts as no code, as it always has: DeviceGate opens the screens too when it cannot
  // read whether there is one.
  if (selected !== 'personal' && ownerCode === true) return { kind: 'remove-code-first' };
  if (current === 'mediator' && selected !== 'mediator') {
    if (mediatorProfiles === undefined) return { kind: 'wait' };
    if (mediatorProfiles > 0) return { kind: 'erase-device-first', profiles: mediatorProfiles };
  }
  return { kind: 'save', endKioskVisit: current === 'kiosk' && selected !== 'kiosk' };
}
