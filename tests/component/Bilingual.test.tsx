import i18next from 'i18next';
import { act, Suspense, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeviceProvider } from '@/state/device';
import { DEFAULT_RUNTIME_CONFIG, type Completeness, type DeviceMode, type MissingItem } from '@/domain';
import { setupI18n, type LanguageCode } from '@/i18n';
import type { LoadedRuntimeConfig } from '@/sync';
import { FilingChecklist } from '@/features/review/FilingChecklist';
import { freshRootPerTest } from './support/testRoot';

const source = { ref: 'CESEDA R. 431-11', url: 'https://www.legifrance.gouv.fr/', checkedOn: '2026-12-08' };
const missing: MissingItem[] = [
  { kind: 'field', stepId: 'identity', fieldId: 'permitExpiry', code: 'required', blocks: false, sources: [source] },
  { kind: 'document', stepId: 'documents', type: 'passport', consequence: 'missing-document', blocks: false, sources: [source] },
];
const completeness: Completeness = { complete: false, fileable: true, missing, blockers: [], warnings: missing, advice: [] };

/** A device whose mode the deployment fixed, as config.json does: no question, no stored choice. */
function runtimeFor(deviceMode: DeviceMode): LoadedRuntimeConfig {
  return { config: { ...DEFAULT_RUNTIME_CONFIG, deviceMode }, source: 'defaults', problems: [] };
}

const fr = (key: string, vars: Record<string, unknown> = {}) => i18next.getFixedT('fr', 'wizard')(key, vars);

const mounted = freshRootPerTest();

/** Renders the filing checklist as the app does: inside the device's provider, the locales loaded lazily. */
async function renderMissingList(deviceMode: DeviceMode, language: LanguageCode): Promise<void> {
  await act(() => i18next.changeLanguage(language));
  const screen: ReactNode = (
    <DeviceProvider runtime={runtimeFor(deviceMode)} fallback={<p data-testid="device-loading" />}>
      <Suspense fallback={<p data-testid="locale-loading" />}>
        <FilingChecklist completeness={completeness} verdict={null} onEditStep={() => undefined} />
      </Suspense>
    </DeviceProvider>
  );
  act(() => mounted.root.render(screen));
  // The provider waits for the device's settings in (fake) IndexedDB before showing anything: let
  // those reads land inside act(), as React asks of any update in a test.
  for (let tick = 0; tick < 200 && !mounted.container.querySelector('.notice'); tick += 1) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  expect(mounted.container.querySelector('.notice')).not.toBeNull();
}

const frenchLines = () => [...mounted.container.querySelectorAll('[data-testid="bilingual-fr"]')];

beforeAll(async () => {
  await setupI18n('fr');
});

describe('bilingual view (issue 6)', () => {
  it('on a mediator’s tablet in Arabic, repeats the warnings and what they mean in French for the mediator', async () => {
    await renderMissingList('mediator', 'ar');
    const arabicTitle = i18next.getFixedT('ar', 'wizard')('review.warningsTitle', { n: 2 });
    expect(mounted.container.querySelector('.notice__title')?.textContent).toBe(arabicTitle);

    const lines = frenchLines();
    // The title, then for each warning what it is and what it means: 1 + 2 × 2.
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line.tagName).toBe('P');
      expect(line.getAttribute('dir')).toBe('ltr');
      // Marked for the mediator's eye; a screen reader hears why in the applicant's language.
      expect(line.querySelector('[aria-hidden="true"]')?.textContent).toBe(fr('common:bilingual.tag'));
      const why = line.querySelector('[lang="ar"]');
      expect(why?.textContent).toBe(i18next.getFixedT('ar')('bilingual.forMediator'));
      expect(why?.getAttribute('dir')).toBe('rtl');
    }
    const texts = lines.map((line) => line.textContent);
    expect(texts[0]).toContain(fr('review.warningsTitle', { n: 2 }));
    expect(texts.some((text) => text.includes(fr('consequences.missing-document')))).toBe(true);
    expect(texts.some((text) => text.includes(fr('review.missingDocument', { document: fr('documents.passport.label') })))).toBe(true);
    expect(texts.some((text) => text.includes(fr('review.missingField', { field: fr('fields.permitExpiry.label'), problem: fr('errors.required') })))).toBe(true);
    // The sources stay French and left to right, and are shown open to the mediator.
    const sources = mounted.container.querySelectorAll('details[data-testid="sources"]');
    expect(sources).toHaveLength(2);
    for (const details of sources) expect((details as HTMLDetailsElement).open).toBe(true);
    expect(mounted.container.querySelector('.sources__list a')?.getAttribute('dir')).toBe('ltr');
    // Never a second heading: the outline stays the applicant's.
    expect(mounted.container.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).toHaveLength(0);
  });

  it('shows no French line on a personal phone, even in Arabic', async () => {
    await renderMissingList('personal', 'ar');
    expect(mounted.container.textContent).toContain(i18next.getFixedT('ar', 'wizard')('review.warningsTitle', { n: 2 }));
    expect(frenchLines()).toHaveLength(0);
    // Folded on a phone: the person reads the warning, the citation is one tap away.
    for (const details of mounted.container.querySelectorAll('details[data-testid="sources"]')) expect((details as HTMLDetailsElement).open).toBe(false);
  });

  it('shows no French line on a mediator’s tablet when the screen is already in French', async () => {
    await renderMissingList('mediator', 'fr');
    expect(mounted.container.querySelector('.notice__title')?.textContent).toBe(fr('review.warningsTitle', { n: 2 }));
    expect(mounted.container.querySelectorAll('[data-testid="bilingual-fr"]')).toHaveLength(0);
  });
});
