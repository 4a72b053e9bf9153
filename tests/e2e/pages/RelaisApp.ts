import { expect, type Page } from '@playwright/test';
import type { FixtureFile } from '../support/files';
import { text, type Lng } from '../support/locales';

export type Applicant = {
  lastName: string;
  firstNames: string;
  birthDate: string;
  nationality: string;
  foreignerNumber: string;
  permitExpiry: string;
  street: string;
  postcode: string;
  city: string;
  housing: 'own-home' | 'hosted' | 'hotel';
  maritalStatus: 'single' | 'married' | 'pacs' | 'cohabiting' | 'divorced' | 'widowed';
  childrenCount: string;
};

export const amina: Applicant = {
  lastName: 'Benali',
  firstNames: 'Amina',
  birthDate: '1990-04-12',
  nationality: 'marocaine',
  foreignerNumber: '7501234567',
  permitExpiry: '2027-03-01',
  street: '12 rue des Lilas',
  postcode: '75011',
  city: 'Paris',
  housing: 'own-home',
  maritalStatus: 'married',
  childrenCount: '2',
};

/** The app as a person meets it: words on screen in their language, not CSS selectors. */
export class RelaisApp {
  constructor(
    readonly page: Page,
    public lng: Lng = 'fr',
  ) {}

  t(key: string, vars?: Record<string, string | number>): string {
    return text(this.lng, key, vars);
  }

  async openHome(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('home.title') })).toBeVisible();
  }

  async chooseLanguage(lng: Lng): Promise<void> {
    await this.page.getByLabel(this.t('language')).selectOption(lng);
    this.lng = lng;
    await expect(this.page.locator('html')).toHaveAttribute('lang', lng);
  }

  async startRenewal(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('home.start') }).first().click();
    await this.expectStep('identity');
  }

  async expectStep(stepId: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t(`wizard:steps.${stepId}`) })).toBeVisible();
  }

  field(fieldId: string) {
    return this.page.getByLabel(this.t(`wizard:fields.${fieldId}.label`), { exact: true });
  }

  async fill(fieldId: keyof Applicant, value: string): Promise<void> {
    await this.field(fieldId).fill(value);
  }

  async choose(fieldId: 'housing' | 'maritalStatus', value: string): Promise<void> {
    await this.page.getByRole('radio', { name: this.t(`wizard:options.${fieldId}.${value}`) }).check();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('wizard:next') }).click();
  }

  async fillIdentity(person: Applicant): Promise<void> {
    for (const id of ['lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry'] as const) {
      await this.fill(id, person[id]);
    }
  }

  async fillAddress(person: Applicant): Promise<void> {
    for (const id of ['street', 'postcode', 'city'] as const) await this.fill(id, person[id]);
    await this.choose('housing', person.housing);
  }

  async fillFamily(person: Applicant): Promise<void> {
    await this.choose('maritalStatus', person.maritalStatus);
    await this.fill('childrenCount', person.childrenCount);
  }

  /** Identity, address and family, each validated by "Next". */
  async answerEverything(person: Applicant): Promise<void> {
    await this.fillIdentity(person);
    await this.next();
    await this.expectStep('address');
    await this.fillAddress(person);
    await this.next();
    await this.expectStep('family');
    await this.fillFamily(person);
    await this.next();
    await this.expectStep('documents');
  }

  documentSlot(type: string) {
    return this.page.locator(`section[data-document-type="${type}"]`);
  }

  async attach(type: string, file: FixtureFile): Promise<void> {
    await this.page.getByTestId(`file-input-${type}`).setInputFiles(file);
  }

  async attachAndWait(type: string, file: FixtureFile): Promise<void> {
    await this.attach(type, file);
    await expect(this.documentSlot(type).getByText(file.name)).toBeVisible();
  }

  async fileDossier(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('wizard:review.file') }).click();
  }

  receiptNumber() {
    return this.page.getByTestId('receipt-number');
  }
}
