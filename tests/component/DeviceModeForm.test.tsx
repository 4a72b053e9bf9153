import i18next from 'i18next';
import { act, Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeviceProvider } from '@/state/device';
import { DEFAULT_RUNTIME_CONFIG, type DeviceMode } from '@/domain';
import { setupI18n } from '@/i18n';
import {
  deleteRelaisDb,
  dropOwnerKey,
  getDb,
  getDeviceMode,
  setDeviceMode,
  type DossierView,
  type ProfileSummary,
} from '@/storage';
import type * as StorageModule from '@/storage';
import type { LoadedRuntimeConfig } from '@/sync';
import { DeviceModeForm } from '@/features/device/DeviceModeForm';
import { freshRootPerTest } from './support/testRoot';

/** No mode fixed by config.json: the form is offered, and the stored choice is the mode in force. */
const runtime: LoadedRuntimeConfig = { config: { ...DEFAULT_RUNTIME_CONFIG, deviceMode: null }, source: 'defaults', problems: [] };

/**
 * The mediators' profiles as the lock screen lists them, and the dossiers. Stubbed: in jsdom, bytes
 * read back from fake IndexedDB are of Node's realm and fail the checks of key envelopes and sealed
 * values (tests/setup/fake-indexeddb.ts). That the list leaves out a phone owner's code is
 * tests/unit/storage/profiles.test.ts's; leaving a kiosk, tests/unit/kiosk/leaveKiosk.test.ts's.
 */
const stored = vi.hoisted(() => ({ profiles: [] as ProfileSummary[], dossiers: [] as DossierView[] }));
vi.mock('@/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  listProfiles: () => Promise.resolve(stored.profiles),
  listDossiers: () => Promise.resolve(stored.dossiers),
}));
const locked = (status: DossierView['status']): DossierView => ({ id: crypto.randomUUID(), status, createdAt: 0, updatedAt: 0, ownerId: 'p', locked: true });
const profile = (name: string): ProfileSummary => ({ id: crypto.randomUUID(), name, failures: 0, dossiers: 1, waiting: 0 });
const t = (key: string, vars: Record<string, unknown> = {}) => i18next.getFixedT('fr', 'device')(key, vars);

const mounted = freshRootPerTest();

beforeAll(async () => {
  await setupI18n('fr');
});

afterEach(async () => {
  stored.profiles = [];
  stored.dossiers = [];
  dropOwnerKey();
  await deleteRelaisDb(getDb());
});

/** Lets IndexedDB's reads and the live queries land inside act(), until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  for (let tick = 0; tick < 200 && !ready(); tick += 1) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  expect(ready()).toBe(true);
}

const radio = (mode: DeviceMode) => mounted.container.querySelector<HTMLInputElement>(`input[type="radio"][value="${mode}"]`);
const button = (name: string) => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
const text = () => mounted.container.textContent ?? '';

async function renderForm(onSaved: (mode: DeviceMode) => void = () => undefined): Promise<void> {
  act(() =>
    mounted.root.render(
      <DeviceProvider runtime={runtime} fallback={null}>
        <Suspense fallback={null}>
          <DeviceModeForm labelledBy="title" onSaved={onSaved} />
        </Suspense>
      </DeviceProvider>,
    ),
  );
  await until(() => radio('personal') !== null);
}

function choose(mode: DeviceMode): void {
  act(() => {
    radio(mode)?.click();
  });
}

describe("device screen: leaving a mediator's tablet", () => {
  it('refuses while a mediator has a profile, says why, and asks twice before erasing', async () => {
    await setDeviceMode('mediator');
    stored.profiles = [profile('Awa Diallo')];
    await renderForm();
    choose('personal');
    await until(() => text().includes(t('eraseToChange.refused', { n: 1 })));

    // Announced (a status region), in words, with what an erase costs.
    const notice = [...mounted.container.querySelectorAll('[role="status"]')].find((n) => n.textContent?.includes(t('eraseToChange.refusedTitle')));
    expect(notice?.textContent).toContain(t('eraseToChange.eraseFirst', { receiver: DEFAULT_RUNTIME_CONFIG.receiver.name }));
    const save = button(t('save'));
    expect(save?.disabled).toBe(true);
    // Not even a submit by other means saves it.
    act(() => {
      mounted.container.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(await getDeviceMode()).toBe('mediator');

    // First ask: the question takes the focus; "no" brings it back where it was, nothing erased.
    act(() => {
      button(t('eraseToChange.open'))?.click();
    });
    const title = mounted.container.querySelector('section.danger-zone > h3');
    expect(title?.textContent).toBe(t('eraseToChange.title'));
    expect(document.activeElement).toBe(title);
    expect(text()).toContain(t('eraseToChange.body', { mode: t('modes.personal.label') }));
    expect(button(t('eraseToChange.confirm'))).not.toBeNull();
    act(() => {
      button(t('eraseToChange.cancel'))?.click();
    });
    expect(document.activeElement).toBe(button(t('eraseToChange.open')));
    expect(await getDeviceMode()).toBe('mediator');

    // Back to the mode in force: nothing in the way.
    choose('mediator');
    expect(text()).not.toContain(t('eraseToChange.refusedTitle'));
    expect(button(t('save'))?.disabled).toBe(false);
  });

  it('says how many profiles, and how many filings an erase would lose', async () => {
    await setDeviceMode('mediator');
    stored.profiles = [profile('Awa Diallo'), profile('Yanis Haddad')];
    stored.dossiers = [locked('queued'), locked('draft')];
    await renderForm();
    choose('kiosk');
    await until(() => text().includes(t('eraseToChange.refused', { n: 2 })));
    expect(text()).toContain(t('eraseToChange.waiting', { n: 1 }));
    // The kiosk's own warning is moot: the way out erases everything anyway.
    expect(text()).not.toContain(t('kioskWarning', { n: 2, idle: t('duration.minutes', { n: 2 }) }));
  });

  it("lets a mediator's tablet with no mediator's profile go as before", async () => {
    await setDeviceMode('mediator');
    const onSaved = vi.fn();
    await renderForm(onSaved);
    choose('personal');
    await until(() => button(t('save'))?.disabled === false);
    expect(text()).not.toContain(t('eraseToChange.refusedTitle'));
    act(() => {
      button(t('save'))?.click();
    });
    await until(() => onSaved.mock.calls.length > 0);
    expect(onSaved).toHaveBeenCalledWith('personal');
    expect(await getDeviceMode()).toBe('personal');
  });
});
