import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markUpdateAvailable } from '@/app/serviceWorker';
import { UpdatePrompt } from '@/app/UpdatePrompt';

// React needs to know it runs inside act() in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('update prompt', () => {
  it('shows nothing until a new version is waiting', () => {
    act(() => root.render(<UpdatePrompt editing={false} />));
    expect(container.textContent).toBe('');
  });

  it('offers the update, but never while a form is being edited', () => {
    act(() => markUpdateAvailable());
    act(() => root.render(<UpdatePrompt editing={true} />));
    expect(container.querySelector('button')).toBeNull();
    act(() => root.render(<UpdatePrompt editing={false} />));
    // Without i18n set up, react-i18next renders the keys: enough to see which text is shown.
    expect(container.textContent).toContain('update.available');
    expect(container.querySelector('button')?.textContent).toBe('update.apply');
  });
});
