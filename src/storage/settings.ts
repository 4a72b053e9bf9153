import { getDb, type RelaisDb } from './db';
import { guardWrite } from './guard';
import { parseOne } from './parse';
import { settingRecord } from './records';

/**
 * The interface language chosen on this device, so that a reload (offline too) keeps speaking the
 * person's language instead of falling back to the browser's.
 */
export function settingsRepository(db: RelaisDb) {
  return {
    async getPreferredLanguage(): Promise<string | undefined> {
      const row = parseOne(settingRecord, 'settings', await db.main.settings.get('language'), 'key');
      return row?.value;
    },
    async setPreferredLanguage(code: string): Promise<void> {
      await guardWrite(async () => { await db.main.settings.put({ key: 'language', value: code }); });
    },
  };
}

export const getPreferredLanguage = () => settingsRepository(getDb()).getPreferredLanguage();
export const setPreferredLanguage = (code: string) => settingsRepository(getDb()).setPreferredLanguage(code);
