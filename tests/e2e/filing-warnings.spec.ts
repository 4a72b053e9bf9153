import { expect, test, type Request } from './support/test';
import { findProcedure } from '@/procedures';
import { RelaisApp, REFERENCE_SANDBOX, type E2eReceiver } from './pages/RelaisApp';
import { parisDate } from './support/dates';
import type { Lng } from './support/locales';
import { pdfFile } from './support/files';
import { walkToReview } from './support/procedureWalker';
import { serveConfig } from './support/runtimeConfig';
import { serverSubmission } from './support/serverDb';

/**
 * Issue 12: warn, don't block, where the law does not block — and "filed" means filed. A renewal
 * with two warnings (a passport ending before the new card, a missing document) is filed after the
 * person says they read them; the warnings are in its history, on the printed summary and in what
 * the receiver got; and every word about the filing says who received it. French on a mediator's
 * tablet with the reference server's training sandbox; Arabic on a phone whose deployment sends to
 * a relay run by an association.
 */
const RELAY: E2eReceiver = { kind: 'relay', name: 'Association Relais Rhône' };
const journeys: { lng: Lng; project: 'tablet' | 'phone'; receiver: E2eReceiver }[] = [
  { lng: 'fr', project: 'tablet', receiver: REFERENCE_SANDBOX },
  { lng: 'ar', project: 'phone', receiver: RELAY },
];

for (const { lng, project, receiver } of journeys) {
  test(`a renewal with two warnings is filed knowingly, to a ${receiver.kind}, in ${lng}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== project, `the ${lng} journey runs on the ${project}`);
    test.setTimeout(90_000);
    if (receiver.kind !== 'sandbox') {
      await serveConfig(page, () => ({ deviceMode: 'personal', receiver }));
    }
    const procedure = findProcedure('renewal-cst-vpf');
    if (!procedure) throw new Error('renewal-cst-vpf is missing');
    const app = new RelaisApp(page, 'fr', receiver);
    await app.openHome();
    await app.chooseLanguage(lng);
    // The sandbox says on every screen that nothing reaches an administration; a relay does not need to.
    await expect(page.getByTestId('sandbox-banner')).toHaveCount(receiver.kind === 'sandbox' ? 1 : 0);
    await app.startRenewal();

    // Warning 1: the passport ends before the new card starts. Warning 2: no joint-life statement.
    await walkToReview(app, procedure, { passportExpiry: parisDate(30) }, lng === 'fr' ? 200 : 210, undefined, (type, index) =>
      type === 'joint-life-statement' ? null : pdfFile(`${type}.pdf`, `${type} ${String(index)}`),
    );
    const warnings = page.getByTestId('warnings');
    await expect(warnings).toContainText(app.t('wizard:review.warningsTitle', { n: 2 }));
    const passportWarning = app.t('wizard:review.missingField', {
      field: app.t('wizard:fields.passportExpiry.label'),
      problem: app.t('wizard:errors.passport-expires-before-card'),
    });
    const documentWarning = app.t('wizard:review.missingDocument', { document: app.t('wizard:documents.joint-life-statement.label') });
    await expect(warnings.getByText(passportWarning, { exact: true })).toBeVisible();
    await expect(warnings.getByText(documentWarning, { exact: true })).toBeVisible();
    // Each says what it means, and where that comes from.
    await expect(warnings.getByText(app.t('wizard:consequences.passport-expires-before-card'))).toBeVisible();
    await expect(warnings.getByText(app.t('wizard:consequences.missing-document'))).toBeVisible();
    await expect(warnings.getByTestId('sources').first()).toBeAttached();

    // Filing is the person's choice: the button waits for the box that says they read them.
    const file = page.getByRole('button', { name: app.t('wizard:review.file') });
    await expect(file).toBeDisabled();
    await page.getByLabel(app.t('wizard:review.acceptWarnings', { n: 2 })).check();
    await expect(file).toBeEnabled();
    const creates: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/submissions')) creates.push(request);
    });
    await file.click();

    // The receipt says who gave it, and what it does (not) prove.
    await expect(app.receiptNumber()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('receipt').getByRole('heading', { level: 2 })).toHaveText(app.t('wizard:receipt.title'));
    await expect(page.getByTestId('receipt-note')).toHaveText(app.t('wizard:receipt.note'));
    await expect(page.getByTestId('follow-up-stage')).toHaveText(app.t('wizard:followUp.stage.received'));

    // The history says to whom it went, and with which warnings.
    const history = page.getByTestId('history');
    await expect(history.getByText(app.t('history.filed'), { exact: true })).toBeVisible();
    await expect(history.getByText(new RegExp(`^${escape(app.t('history.delivered', { number: '§' })).replace('§', '.+')}$`))).toBeVisible();
    const filedWarnings = history.getByTestId('filed-warnings');
    await expect(filedWarnings).toContainText(app.t('history.filedWithWarnings', { n: 2 }));
    await expect(filedWarnings.getByText(passportWarning, { exact: true })).toBeVisible();
    await expect(filedWarnings.getByText(documentWarning, { exact: true })).toBeVisible();

    // On the printed summary too (the header and buttons go, the history and its warnings stay).
    await page.emulateMedia({ media: 'print' });
    await expect(filedWarnings.getByText(documentWarning, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: app.t('print.summary') })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // The receiver got the same two warnings, as codes.
    const submissionId = creates[0]?.headers()['idempotency-key'] ?? '';
    expect(serverSubmission(submissionId).warnings).toEqual([
      { kind: 'field', code: 'passport-expires-before-card', field: 'passportExpiry' },
      { kind: 'document', code: 'missing-document', document: 'joint-life-statement' },
    ]);

    // On the home screen, its status says what is true for this receiver.
    await page.goto('/');
    await expect(page.getByTestId('dossier-list').getByText(app.t('status.filed'), { exact: true })).toBeVisible();
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
