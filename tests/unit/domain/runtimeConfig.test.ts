import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUNTIME_CONFIG,
  parseRuntimeConfig,
  parseRuntimeConfigText,
  resolveDeviceMode,
  type RuntimeConfig,
} from '@/domain';

const kiosk: RuntimeConfig = {
  deviceMode: 'kiosk',
  kioskIdleSeconds: 90,
  kioskCountdownSeconds: 20,
  mediatorLockMinutes: 10,
  retentionDays: 7,
  receiver: { kind: 'relay', name: 'Association Relais 69' },
  departement: '69',
  filingChannels: {
    asOf: '2026-12-01',
    source: 'Préfecture du Rhône, démarches en ligne',
    sourceUrl: 'https://www.rhone.gouv.fr/',
    departements: { '69': { 'renewal-cst-salarie': 'counter' } },
  },
};

describe('runtime configuration (config.json)', () => {
  it('takes a complete, valid file as it is', () => {
    expect(parseRuntimeConfig({ ...kiosk })).toEqual({ config: kiosk, problems: [] });
  });

  it('gives the defaults for an empty object, and for fields left out (the deployer meant it)', () => {
    expect(parseRuntimeConfig({})).toEqual({ config: DEFAULT_RUNTIME_CONFIG, problems: [] });
    // Left out, deviceMode is null again even if the last good copy fixed it.
    expect(parseRuntimeConfig({ retentionDays: 10 }, kiosk).config).toEqual({ ...DEFAULT_RUNTIME_CONFIG, retentionDays: 10 });
  });

  it('the reference server is a training sandbox unless the file names another receiver', () => {
    expect(DEFAULT_RUNTIME_CONFIG.receiver.kind).toBe('sandbox');
    expect(parseRuntimeConfig({ receiver: { kind: 'administration', name: 'Préfecture du Rhône' } }).config.receiver).toEqual({
      kind: 'administration',
      name: 'Préfecture du Rhône',
    });
  });

  it('accepts null as "each device asks"', () => {
    expect(parseRuntimeConfig({ deviceMode: null }, kiosk).config.deviceMode).toBeNull();
  });

  it.each([
    ['deviceMode', 'Kiosk'],
    ['deviceMode', 'public'],
    ['kioskIdleSeconds', 0],
    ['kioskIdleSeconds', 12.5],
    ['kioskIdleSeconds', '120'],
    ['kioskCountdownSeconds', 601],
    ['mediatorLockMinutes', -5],
    ['retentionDays', 3651],
    ['retentionDays', null],
    ['receiver', { kind: 'prefecture', name: 'X' }],
    ['receiver', { kind: 'relay', name: '' }],
    ['receiver', 'sandbox'],
    ['departement', '20'],
    ['departement', 69],
    ['filingChannels', { asOf: '2026-12-01', source: 'x', sourceUrl: 'https://x.fr/', departements: { '69': { 'renewal-cst-salarie': 'paper' } } }],
    ['filingChannels', { asOf: 'today', source: 'x', sourceUrl: 'https://x.fr/', departements: {} }],
    ['filingChannels', { asOf: '2026-12-01', source: 'x', sourceUrl: 'javascript:alert(1)', departements: {} }],
  ] as const)('refuses %s = %j: the last good value stays, and the deployer is told', (field, value) => {
    const { config, problems } = parseRuntimeConfig({ ...kiosk, [field]: value }, kiosk);
    expect(config).toEqual(kiosk);
    expect(problems).toEqual([{ kind: 'invalid-value', field }]);
  });

  it('falls back to the defaults for an invalid value when there is no good copy yet', () => {
    expect(parseRuntimeConfig({ kioskIdleSeconds: -1 }).config.kioskIdleSeconds).toBe(DEFAULT_RUNTIME_CONFIG.kioskIdleSeconds);
  });

  it('keeps the good fields next to a bad one', () => {
    const { config } = parseRuntimeConfig({ deviceMode: 'mediator', retentionDays: 'thirty' });
    expect(config).toEqual({ ...DEFAULT_RUNTIME_CONFIG, deviceMode: 'mediator' });
  });

  it('names unknown fields (a typo such as "devicemode") without applying them', () => {
    const { config, problems } = parseRuntimeConfig({ devicemode: 'kiosk', ['x'.repeat(200)]: 1 });
    expect(config).toEqual(DEFAULT_RUNTIME_CONFIG);
    expect(problems).toEqual([
      { kind: 'unknown-field', field: 'devicemode' },
      { kind: 'unknown-field', field: 'x'.repeat(40) },
    ]);
  });

  it.each([[null], [[]], ['kiosk'], [42]])('keeps the last good copy when the file is not an object (%j)', (input) => {
    expect(parseRuntimeConfig(input, kiosk)).toEqual({ config: kiosk, problems: [{ kind: 'not-an-object' }] });
  });

  it('reads the text of the file; broken JSON keeps the last good copy', () => {
    expect(parseRuntimeConfigText('{"deviceMode":"kiosk"}').config.deviceMode).toBe('kiosk');
    expect(parseRuntimeConfigText('{"deviceMode":"kiosk",}', kiosk)).toEqual({ config: kiosk, problems: [{ kind: 'not-json' }] });
    expect(parseRuntimeConfigText('<!doctype html>')).toEqual({ config: DEFAULT_RUNTIME_CONFIG, problems: [{ kind: 'not-json' }] });
  });

  it('never hands out the shared defaults object', () => {
    const { config } = parseRuntimeConfigText('nope');
    expect(config).not.toBe(DEFAULT_RUNTIME_CONFIG);
    expect(Object.isFrozen(DEFAULT_RUNTIME_CONFIG)).toBe(true);
  });
});

describe('device mode', () => {
  it('is fixed by the configuration, whatever was chosen on the device', () => {
    expect(resolveDeviceMode('kiosk', 'personal')).toEqual({ mode: 'kiosk', source: 'config' });
  });
  it('is the one chosen on the device when the configuration leaves it open', () => {
    expect(resolveDeviceMode(null, 'mediator')).toEqual({ mode: 'mediator', source: 'chosen' });
  });
  it('behaves as a personal phone until someone answers', () => {
    expect(resolveDeviceMode(null, undefined)).toEqual({ mode: 'personal', source: 'default' });
  });
});
