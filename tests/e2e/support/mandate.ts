import { expect } from '@playwright/test';
import type { RelaisApp } from '../pages/RelaisApp';

/**
 * On a mediator's tablet a new dossier first asks for the person's mandate (MandateGate): fills it
 * in and records it with the person's acknowledgement, as a mediator does with them.
 */
export async function recordMandateAtGate(app: RelaisApp, applicantName = 'Amina Benali', mediatorName = 'Paul Martin'): Promise<void> {
  const gate = app.page.getByTestId('mandate-gate');
  await expect(gate.getByText(app.t('mandate:gate.title'), { exact: true })).toBeVisible();
  await gate.getByRole('button', { name: app.t('mandate:start') }).click();
  await gate.getByLabel(app.t('mandate:form.applicantName.label')).fill(applicantName);
  await gate.getByLabel(app.t('mandate:form.mediatorName.label')).fill(mediatorName);
  await gate.getByLabel(app.t('mandate:form.structure.label')).fill('PAN de la préfecture');
  await gate.getByRole('radio', { name: app.t('mandate:durations.1-day') }).check();
  await gate.getByRole('button', { name: app.t('mandate:form.next') }).click();
  await gate.getByLabel(app.t('mandate:consentStep.acknowledge')).check();
  await gate.getByRole('button', { name: app.t('mandate:consentStep.record') }).click();
  await expect(gate).toHaveCount(0);
}
