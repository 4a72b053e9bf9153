import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { RelaisApp } from './pages/RelaisApp';
import { text } from './support/locales';
import { recordMandateAtGate } from './support/mandate';
import { openMediatorTablet } from './support/mediator';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Issue 6 (mandate): a mediator working in French records the mandate of a person who reads Arabic,
 * reads the consent text with them side by side, prints the attestation with its QR code, and
 * revokes it when the person asks; the dossier's history keeps both, by digest.
 */
test('a mandate on an Arabic dossier: bilingual consent, printable attestation with QR code, revocation in the history', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const app = new RelaisApp(page);
  // A mandate applies where someone acts for the person: on a mediator's tablet (issue 13).
  await openMediatorTablet(app);
  await app.chooseLanguage('ar');
  await app.startRenewal(); // the dossier is in Arabic, the person's language
  await app.chooseLanguage('fr'); // the mediator works in French

  // The file opens only under a mandate: the gate asks for it first.
  const section = page.getByTestId('mandate-gate').getByTestId('mandate');
  await expect(section.getByText(app.t('mandate:none'))).toBeVisible();
  await section.getByRole('button', { name: app.t('mandate:start') }).click();

  // Nothing typed: every field says what is missing.
  await section.getByRole('button', { name: app.t('mandate:form.next') }).click();
  await expect(section.getByText(app.t('mandate:errors.required'))).toHaveCount(4);
  await section.getByLabel(app.t('mandate:form.applicantName.label')).fill('Amina Benali');
  await section.getByLabel(app.t('mandate:form.mediatorName.label')).fill('Paul Martin');
  await section.getByLabel(app.t('mandate:form.structure.label')).fill('PAN de la préfecture du Rhône');
  await section.getByRole('radio', { name: app.t('mandate:durations.6-months') }).check();
  await section.getByRole('button', { name: app.t('mandate:form.next') }).click();

  // French beside Arabic, each column in its own language and direction.
  const french = section.getByTestId('consent-fr');
  const arabic = section.getByTestId('consent-ar');
  await expect(french.getByRole('heading', { name: text('fr', 'mandate:consent.v1.title') })).toBeVisible();
  await expect(arabic.getByRole('heading', { name: text('ar', 'mandate:consent.v1.title') })).toBeVisible();
  await expect(french).toHaveAttribute('lang', 'fr');
  await expect(french).toHaveAttribute('dir', 'ltr');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic.getByText(text('ar', 'mandate:consent.v1.accept'))).toBeVisible();
  if (testInfo.project.name === 'tablet') {
    const [fr, ar] = [await french.boundingBox(), await arabic.boundingBox()];
    expect(Math.abs((fr?.y ?? 0) - (ar?.y ?? 1)), 'side by side').toBeLessThan(2);
    expect(fr?.x ?? 0).toBeLessThan(ar?.x ?? 0);
  }
  await expectNoViolations(page, 'mandate consent');

  // Not without the person's acceptance.
  await section.getByRole('button', { name: app.t('mandate:consentStep.record') }).click();
  await expect(section.getByText(app.t('mandate:errors.acknowledge'))).toBeVisible();
  await section.getByLabel(app.t('mandate:consentStep.acknowledge')).check();
  await section.getByRole('button', { name: app.t('mandate:consentStep.record') }).click();

  // Recorded: the form opens; the mandate is kept on the review page.
  await expect(page.getByTestId('mandate-gate')).toHaveCount(0);
  await app.goToStep('review');
  const recorded = page.getByTestId('mandate');
  const active = recorded.getByTestId('mandate-active');
  await expect(active.getByRole('heading', { name: new RegExp(app.t('mandate:active.title')) })).toBeVisible();
  await expect(active.getByText('Amina Benali')).toBeVisible();
  const digest = (await active.getByTestId('mandate-digest').innerText()).trim();
  expect(digest).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('history').getByText(app.t('history.mandate-recorded', { digest: digest.slice(0, 12) }))).toBeVisible();

  // The attestation: the digest in clear and as a QR code drawn with SVG rectangles.
  await recorded.getByRole('button', { name: app.t('mandate:attestation.open') }).click();
  const attestation = recorded.getByTestId('mandate-attestation');
  const qr = attestation.getByRole('img', { name: app.t('mandate:attestation.qr') });
  await expect(qr).toBeVisible();
  expect(await qr.locator('rect').count()).toBeGreaterThan(100);
  await expect(attestation.getByTestId('mandate-digest')).toHaveText(digest);
  await expect(attestation.getByTestId('consent-ar')).toBeVisible();
  await expectNoViolations(page, 'mandate attestation');

  // On paper, only the attestation: no header, no history, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(attestation.getByTestId('consent-fr')).toBeVisible();
  await expect(qr).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('history')).toBeHidden();
  await expect(attestation.getByRole('button', { name: app.t('mandate:attestation.print') })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await attestation.getByRole('button', { name: app.t('mandate:attestation.close') }).click();

  // Revoked at the person's word, asked twice.
  await recorded.getByRole('button', { name: app.t('mandate:revoke.start') }).click();
  await expect(recorded.getByText(app.t('mandate:revoke.confirmTitle'))).toBeVisible();
  await recorded.getByRole('button', { name: app.t('mandate:revoke.confirm') }).click();
  // Without a mandate the file closes again: the gate asks for one, and shows the revoked one.
  const gate = page.getByTestId('mandate-gate');
  await expect(gate.getByText(app.t('mandate:none'))).toBeVisible();
  await expect(gate.getByTestId('past-mandates')).toContainText(app.t('mandate:status.revoked'));
  // The person comes back: a new mandate opens the file, whose history keeps both, by digest only.
  await recordMandateAtGate(app);
  const history = page.getByTestId('history');
  await expect(history.getByText(app.t('history.mandate-revoked', { digest: digest.slice(0, 12) }))).toBeVisible();
  await expect(history.getByText(app.t('history.mandate-recorded', { digest: digest.slice(0, 12) }))).toBeVisible();
  await expect(history).not.toContainText('Amina');
});
