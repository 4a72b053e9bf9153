import { RelaisApp } from './pages/RelaisApp';
import { expect, test } from './support/test';

/**
 * The CSP guard of support/test.ts must be able to fail: an injected inline style is reported,
 * then forgiven here so this one test passes. Every other test fails on any violation.
 */
test('the strict CSP blocks an injected inline style, and the guard sees it', async ({ page, cspViolations }, testInfo) => {
  test.skip(testInfo.project.name !== 'tablet', 'one device is enough');
  const app = new RelaisApp(page);
  await app.openHome();
  const applied = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0) }';
    document.head.append(style);
    return getComputedStyle(document.body).backgroundColor;
  });
  expect(applied).not.toBe('rgb(255, 0, 0)');
  await expect.poll(() => cspViolations.map((v) => v.directive)).toContain('style-src-elem');
  cspViolations.splice(0);
});
