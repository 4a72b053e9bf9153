import { test as base, expect } from '@playwright/test';

export { expect };
export type { Page, Request, BrowserContext, Locator } from '@playwright/test';

type Violation = { directive: string; blocked: string; source: string; page: string };

/**
 * Every e2e test runs under the server's strict Content-Security-Policy and fails if the browser
 * reports one violation, on any page of the test's context: an inline style or script slipped in by
 * a library, a third-party address, a blob the policy does not allow. The listener is installed
 * before any page script, so a violation during start-up is caught too.
 */
export const test = base.extend<{ cspViolations: Violation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: Violation[] = [];
      await context.exposeBinding('__relaisReportCsp', ({ page }, violation: Omit<Violation, 'page'>) => {
        violations.push({ ...violation, page: page.url() });
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __relaisReportCsp?: (v: unknown) => void }).__relaisReportCsp;
          report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
