import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture's boundaries are lint rules (eslint.config.js): this proves they fail when
 * broken. Each row lints a two-line fixture in place of a real file of that folder (type-aware
 * linting only reads files its tsconfig knows), with the project's real config, and expects
 * no-restricted-imports to fire — or not, for what is allowed.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function importErrors(filePath: string, specifier: string): Promise<string[]> {
  const code = `import * as imported from '${specifier}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A parsing error would make every "refused" row pass for the wrong reason.
  expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it.each([
    ['a screen importing the app shell', 'src/features/review/ReviewStep.tsx', '@/app/App'],
    ['a screen importing the shell by a relative path', 'src/features/review/ReviewStep.tsx', '../app/Layout'],
    ['the live state importing a screen', 'src/state/navigation.ts', '@/features/review/ReviewStep'],
    ['the live state importing the shell', 'src/state/navigation.ts', '@/app/App'],
    ['the domain importing the live state', 'src/domain/index.ts', '@/state/navigation'],
    ['storage importing the live state', 'src/storage/index.ts', '@/state/useLive'],
    ['sync importing the live state', 'src/sync/index.ts', '@/state/session'],
    ['a UI block importing the live state', 'src/ui/Button.tsx', '@/state/device'],
    ['the server importing storage', 'server/src/problem.ts', '@/storage'],
    ['anything but storage importing Dexie', 'src/features/review/ReviewStep.tsx', 'dexie'],
  ])('%s is refused', async (_, file, specifier) => {
    expect(await importErrors(file, specifier)).not.toEqual([]);
  }, 60_000);

  it.each([
    ['a screen reading the live state', 'src/features/review/ReviewStep.tsx', '@/state/navigation'],
    ['the shell wiring a screen', 'src/app/App.tsx', '@/features/review/ReviewStep'],
    ['the live state driving storage and sync', 'src/state/navigation.ts', '@/sync'],
    ['the server sharing the contract', 'server/src/problem.ts', '@/contract'],
  ])('%s is allowed', async (_, file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([]);
  }, 60_000);
});
