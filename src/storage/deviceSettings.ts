import { z } from 'zod/mini';
import { DEFAULT_RUNTIME_CONFIG, isDeviceMode, parseRuntimeConfig, type DeviceMode, type RuntimeConfig } from '@/domain';
import { getDb, type RelaisDb } from './db';
import { guardWrite } from './guard';
import { settingRecord, type SettingRecord } from './records';

const dossierIds = z.array(z.string().check(z.maxLength(64)));

/**
 * How this device is used, and what the kiosk still owes the network. Rows of the `settings` table
 * (no new schema version): a bad value reads as absent, because a device must always start.
 */
export function deviceSettingsRepository(db: RelaisDb) {
  const d = db.main;
  const read = async (key: SettingRecord['key']) => {
    const row = z.safeParse(settingRecord, await d.settings.get(key));
    return row.success ? row.data.value : undefined;
  };
  const write = (key: SettingRecord['key'], value: string) =>
    guardWrite(async () => {
      await d.settings.put({ key, value });
    });

  function parseIds(value: string | undefined): string[] {
    if (value === undefined) return [];
    try {
      const parsed = dossierIds.safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  /** Read-modify-write in one transaction: the reset and the after-delivery sweep may run together. */
  const updateIds = (change: (ids: string[]) => string[]) =>
    guardWrite(() =>
      d.transaction('rw', d.settings, async () => {
        const before = parseIds(await read('kioskLeftBehind'));
        const after = [...new Set(change(before))];
        if (after.length !== before.length || after.some((id, i) => id !== before[i])) {
          await d.settings.put({ key: 'kioskLeftBehind', value: JSON.stringify(after) });
        }
        return after;
      }),
    );

  return {
    /** The mode someone chose on this device (absent: nobody has answered yet). */
    async getDeviceMode(): Promise<DeviceMode | undefined> {
      const value = await read('deviceMode');
      return isDeviceMode(value) ? value : undefined;
    },
    setDeviceMode: (mode: DeviceMode) => write('deviceMode', mode),

    /** The last configuration received from the deployment, so that an offline start applies it. */
    async getSavedRuntimeConfig(): Promise<RuntimeConfig | undefined> {
      const value = await read('runtimeConfig');
      if (value === undefined) return undefined;
      try {
        return parseRuntimeConfig(JSON.parse(value), DEFAULT_RUNTIME_CONFIG).config;
      } catch {
        return undefined;
      }
    },
    saveRuntimeConfig: (config: RuntimeConfig) => write('runtimeConfig', JSON.stringify(config)),

    /**
     * Kiosk: dossiers of people who have left that were still waiting for the network. They are
     * erased as soon as they are delivered, and hidden from the next person meanwhile.
     */
    getKioskLeftBehind: async (): Promise<string[]> => parseIds(await read('kioskLeftBehind')),
    addKioskLeftBehind: (ids: readonly string[]) => updateIds((before) => [...before, ...ids]),
    removeKioskLeftBehind: (ids: readonly string[]) => updateIds((before) => before.filter((id) => !ids.includes(id))),
  };
}

const repository = () => deviceSettingsRepository(getDb());
export const getDeviceMode = () => repository().getDeviceMode();
export const setDeviceMode = (mode: DeviceMode) => repository().setDeviceMode(mode);
export const getSavedRuntimeConfig = () => repository().getSavedRuntimeConfig();
export const saveRuntimeConfig = (config: RuntimeConfig) => repository().saveRuntimeConfig(config);
export const getKioskLeftBehind = () => repository().getKioskLeftBehind();
export const addKioskLeftBehind = (ids: readonly string[]) => repository().addKioskLeftBehind(ids);
export const removeKioskLeftBehind = (ids: readonly string[]) => repository().removeKioskLeftBehind(ids);
