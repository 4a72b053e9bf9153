import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { markUpdateAvailable } from '@/app/serviceWorker';
import { UpdatePrompt } from '@/app/UpdatePrompt';
import { freshRootPerTest } from './support/testRoot';

const mounted = freshRootPerTest();

describe('update prompt', () => {
  it('shows nothing until a new version is waiting', () => {
    act(() => mounted.root.render(<UpdatePrompt editing={false} />));
    expect(mounted.container.textContent).toBe('');
  });

  it('offers the update, but never while a form is being edited', () => {
    act(() => markUpdateAvailable());
    act(() => mounted.root.render(<UpdatePrompt editing={true} />));
    expect(mounted.container.querySelector('button')).toBeNull();
    act(() => mounted.root.render(<UpdatePrompt editing={false} />));
    // Without i18n set up, react-i18next renders the keys: enough to see which text is shown.
    expect(mounted.container.textContent).toContain('update.available');
    expect(mounted.container.querySelector('button')?.textContent).toBe('update.apply');
  });
});
