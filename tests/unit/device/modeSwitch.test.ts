import { describe, expect, it } from 'vitest';
import { deviceModes, type DeviceMode } from '@/domain';
import { decideModeSwitch, type ModeSwitchFacts } from '@/state/modeSwitch';

const facts = (current: DeviceMode, selected: DeviceMode, more: Partial<ModeSwitchFacts> = {}): ModeSwitchFacts => ({
  current,
  selected,
  ownerCode: false,
  mediatorProfiles: 0,
  ...more,
});

describe('device screen: which mode switches would strand sealed dossiers', () => {
  it("refuses to leave a mediator's tablet while mediators' profiles exist, and offers the erase", () => {
    for (const selected of ['personal', 'kiosk'] as const) {
      expect(decideModeSwitch(facts('mediator', selected, { mediatorProfiles: 2 }))).toEqual({ kind: 'erase-device-first', profiles: 2 });
    }
    // Staying a mediator's tablet strands nothing.
    expect(decideModeSwitch(facts('mediator', 'mediator', { mediatorProfiles: 2 }))).toEqual({ kind: 'save', endKioskVisit: false });
  });

  it("lets a mediator's tablet with no profile go, and waits while the profiles are still being read", () => {
    expect(decideModeSwitch(facts('mediator', 'personal', { mediatorProfiles: 0 }))).toEqual({ kind: 'save', endKioskVisit: false });
    expect(decideModeSwitch(facts('mediator', 'kiosk', { mediatorProfiles: undefined }))).toEqual({ kind: 'wait' });
    // Elsewhere the profiles are not asked for: not knowing them holds nothing up.
    expect(decideModeSwitch(facts('personal', 'kiosk', { mediatorProfiles: undefined }))).toEqual({ kind: 'save', endKioskVisit: false });
  });

  it("keeps the phone owner's code rule: it goes first, whatever else", () => {
    expect(decideModeSwitch(facts('personal', 'mediator', { ownerCode: true }))).toEqual({ kind: 'remove-code-first' });
    expect(decideModeSwitch(facts('personal', 'kiosk', { ownerCode: true }))).toEqual({ kind: 'remove-code-first' });
    expect(decideModeSwitch(facts('personal', 'personal', { ownerCode: true }))).toEqual({ kind: 'save', endKioskVisit: false });
    expect(decideModeSwitch(facts('personal', 'mediator', { ownerCode: undefined }))).toEqual({ kind: 'save', endKioskVisit: false });
  });

  it('ends the kiosk visit when, and only when, the device stops being a kiosk', () => {
    for (const current of deviceModes) {
      for (const selected of deviceModes) {
        const decision = decideModeSwitch(facts(current, selected));
        expect(decision, `${current} → ${selected}`).toEqual({ kind: 'save', endKioskVisit: current === 'kiosk' && selected !== 'kiosk' });
      }
    }
  });
});
