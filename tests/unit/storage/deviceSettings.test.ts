import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RUNTIME_CONFIG } from '@/domain';
import { deviceSettingsRepository, getPreferredLanguage, settingsRepository, type Storage } from '@/storage';
import { dropStorage, freshStorage } from './testDb';

let storage: Storage;
let device: ReturnType<typeof deviceSettingsRepository>;
beforeEach(() => {
  storage = freshStorage('device');
  device = deviceSettingsRepository(storage.db);
});
afterEach(() => dropStorage(storage));

describe('device settings', () => {
  it('keeps the mode chosen on the device; none until someone answers', async () => {
    expect(await device.getDeviceMode()).toBeUndefined();
    await device.setDeviceMode('mediator');
    expect(await device.getDeviceMode()).toBe('mediator');
  });

  it('keeps the last good runtime configuration', async () => {
    expect(await device.getSavedRuntimeConfig()).toBeUndefined();
    const config = { ...DEFAULT_RUNTIME_CONFIG, deviceMode: 'kiosk' as const, kioskIdleSeconds: 60 };
    await device.saveRuntimeConfig(config);
    expect(await device.getSavedRuntimeConfig()).toEqual(config);
  });

  it('reads a damaged value as absent: the device must still start', async () => {
    await storage.db.main.settings.bulkPut([
      { key: 'deviceMode', value: 'public' },
      { key: 'runtimeConfig', value: '{not json' },
      { key: 'kioskLeftBehind', value: '{"a":1}' },
    ]);
    expect(await device.getDeviceMode()).toBeUndefined();
    expect(await device.getSavedRuntimeConfig()).toBeUndefined();
    expect(await device.getKioskLeftBehind()).toEqual([]);
    // A row that does not even match the record's schema (a key from the future).
    await storage.db.main.settings.put({ key: 'deviceMode', value: 'x'.repeat(70_000) });
    expect(await device.getDeviceMode()).toBeUndefined();
  });

  it('adds and removes left-behind dossiers without losing a concurrent change', async () => {
    await Promise.all([device.addKioskLeftBehind(['a', 'b']), device.addKioskLeftBehind(['c']), device.addKioskLeftBehind(['a'])]);
    expect((await device.getKioskLeftBehind()).sort()).toEqual(['a', 'b', 'c']);
    await Promise.all([device.removeKioskLeftBehind(['a']), device.addKioskLeftBehind(['d'])]);
    expect((await device.getKioskLeftBehind()).sort()).toEqual(['b', 'c', 'd']);
  });

  it('lives beside the language preference without touching it', async () => {
    await settingsRepository(storage.db).setPreferredLanguage('ar');
    await device.setDeviceMode('kiosk');
    expect(await settingsRepository(storage.db).getPreferredLanguage()).toBe('ar');
    // The default database is another one: nothing leaked there.
    expect(await getPreferredLanguage()).toBeUndefined();
  });
});
