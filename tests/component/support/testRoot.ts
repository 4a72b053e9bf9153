import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React needs to know it runs inside act() in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A fresh React root in a fresh element for each test of the calling file, unmounted after it.
 * Read `container` and `root` inside the tests (they change from one test to the next).
 */
export function freshRootPerTest(): { readonly container: HTMLDivElement; readonly root: Root } {
  let container: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });
  return {
    get container() {
      if (!container) throw new Error('freshRootPerTest: read it inside a test');
      return container;
    },
    get root() {
      if (!root) throw new Error('freshRootPerTest: read it inside a test');
      return root;
    },
  };
}
