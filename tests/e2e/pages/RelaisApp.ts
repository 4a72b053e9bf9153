import { expect, type Locator, type Page } from '@playwright/test';
import { parisDate } from '../support/dates';
import type { FixtureFile } from '../support/files';
import { text, type Lng } from '../support/locales';

const DATE_FIELDS = new Set<string>(['birthDate', 'permitExpiry', 'passportExpiry']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Applicant = {
  lastName: string;
  firstNames: string;
  birthDate: string;
  nationality: string;
  foreignerNumber: string;
  permitExpiry: string;
  passportExpiry: string;
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
  nationality: 'MA',
  foreignerNumber: '7501234567',
  permitExpiry: parisDate(90),
  passportExpiry: parisDate(5 * 365),
  street: '12 rue des Lilas',
  postcode: '75011',
  city: 'Paris',
  housing: 'own-home',
  maritalStatus: 'married',
  childrenCount: '2',
};

/** Who receives the dossiers, as the e2e server's config.json says (public/config.json): the training sandbox. */
export type E2eReceiver = { kind: 'administration' | 'relay' | 'sandbox'; name: string };
export const REFERENCE_SANDBOX: E2eReceiver = { kind: 'sandbox', name: 'Relais (serveur de référence)' };

/** The app as a person meets it: words on screen in their language, not CSS selectors. */
export class RelaisApp {
  constructor(
    readonly page: Page,
    public lng: Lng = 'fr',
    /** The deployment's receiver, whose words the app uses for everything about filing. */
    public receiver: E2eReceiver = REFERENCE_SANDBOX,
  ) {}

  /**
   * Taps on the screen so far, as a person on a phone would make them (issue 13 asks for the count of
   * a whole filing): one per button, choice or box typed into, two for a list (open, pick) and for a
   * file (the button, then the file in the system's chooser). Keys typed are not taps.
   */
  touches = 0;

  tap(count = 1): void {
    this.touches += count;
  }

  t(key: string, vars?: Record<string, string | number>): string {
    return text(this.lng, key, { receiver: this.receiver.name, ...vars }, this.receiver.kind);
  }

  async openHome(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('home.title') })).toBeVisible();
  }

  async chooseLanguage(lng: Lng): Promise<void> {
    await this.page.getByLabel(this.t('language')).selectOption(lng);
    this.tap(2);
    this.lng = lng;
    await expect(this.page.locator('html')).toHaveAttribute('lang', lng);
  }

  /** Starts a procedure from its card on the home screen. */
  async startProcedure(procedureId: string): Promise<void> {
    const title = this.t(`wizard:procedures.${procedureId}.title`);
    await this.page.locator('.procedure-card').filter({ hasText: title }).getByRole('button', { name: this.t('home.start') }).click();
    this.tap();
    await this.expectStep('identity');
  }

  async startRenewal(): Promise<void> {
    await this.startProcedure('renewal-cst-vpf');
  }

  /** Jumps to a step through the progress list, as a mediator does to show a later page. */
  async goToStep(stepId: string): Promise<void> {
    await this.page.getByRole('navigation', { name: this.t('wizard:progress.label') }).getByRole('button', { name: this.t(`wizard:steps.${stepId}`) }).click();
    await this.expectStep(stepId);
  }

  async expectStep(stepId: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t(`wizard:steps.${stepId}`) })).toBeVisible();
  }

  /** A field by its label, which ends with "(optional)" in the person's language when it is. */
  field(fieldId: string) {
    const label = escapeRegExp(this.t(`wizard:fields.${fieldId}.label`));
    const optional = escapeRegExp(this.t('wizard:optional'));
    return this.page.getByLabel(new RegExp(`^${label}(?: ${optional})?$`));
  }

  async fill(fieldId: keyof Applicant, value: string): Promise<void> {
    if (DATE_FIELDS.has(fieldId)) return this.fillDate(fieldId, value);
    await this.field(fieldId).fill(value);
    this.tap();
  }

  /** A date asked as day / month / year (ui/DateField.tsx): the group is named by the question. */
  dateField(fieldId: string, scope: Page | Locator = this.page) {
    const label = escapeRegExp(this.t(`wizard:fields.${fieldId}.label`));
    const optional = escapeRegExp(this.t('wizard:optional'));
    return scope.getByRole('group', { name: new RegExp(`^${label}(?: ${optional})?$`) });
  }

  /** Types an ISO date into the three boxes, as a person reads it off a card: day, month, year. */
  async fillDate(fieldId: string, iso: string, scope: Page | Locator = this.page): Promise<void> {
    const [year = '', month = '', day = ''] = iso.split('-');
    const group = this.dateField(fieldId, scope);
    await group.getByLabel(this.t('wizard:date.day'), { exact: true }).fill(day);
    await group.getByLabel(this.t('wizard:date.month'), { exact: true }).fill(month);
    await group.getByLabel(this.t('wizard:date.year'), { exact: true }).fill(year);
    this.tap(3);
  }

  async expectDate(fieldId: string, iso: string): Promise<void> {
    const [year = '', month = '', day = ''] = iso.split('-');
    const group = this.dateField(fieldId);
    await expect(group.getByLabel(this.t('wizard:date.day'), { exact: true })).toHaveValue(day);
    await expect(group.getByLabel(this.t('wizard:date.month'), { exact: true })).toHaveValue(month);
    await expect(group.getByLabel(this.t('wizard:date.year'), { exact: true })).toHaveValue(year);
  }

  async choose(fieldId: string, value: string): Promise<void> {
    await this.page.getByRole('radio', { name: this.t(`wizard:options.${fieldId}.${value}`), exact: true }).check();
    this.tap();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('wizard:next') }).click();
    this.tap();
  }

  /** The identity step as a renewal asks it: the card still held, a passport as proof of identity. */
  async fillIdentity(person: Applicant): Promise<void> {
    for (const id of ['lastName', 'firstNames', 'birthDate'] as const) await this.fill(id, person[id]);
    await this.field('nationality').selectOption(person.nationality);
    for (const id of ['foreignerNumber', 'permitExpiry'] as const) await this.fill(id, person[id]);
    if ((await this.page.getByRole('group', { name: this.t('wizard:fields.currentCardHeld.label') }).count()) > 0) await this.choose('currentCardHeld', 'yes');
    await this.choose('identityDocument', 'passport');
    await this.fill('passportExpiry', person.passportExpiry);
  }

  documentSlot(type: string) {
    return this.page.locator(`section[data-document-type="${type}"]`);
  }

  async attach(type: string, file: FixtureFile): Promise<void> {
    await this.page.getByTestId(`file-input-${type}`).setInputFiles(file);
    this.tap(2);
  }

  /**
   * Adds a file to a document and waits until it is saved: a PDF is kept as it is; a photo becomes
   * the first page of a document, saved as one PDF named after it.
   */
  async attachAndWait(type: string, file: FixtureFile): Promise<void> {
    const slot = this.documentSlot(type);
    await this.attach(type, file);
    if (file.mimeType.startsWith('image/')) {
      await slot.getByRole('button', { name: this.t('wizard:capture.save', { n: 1 }) }).click();
      this.tap();
      await expect(slot.getByText(file.name.replace(/\.[^.]+$/, '.pdf'))).toBeVisible();
    } else {
      await expect(slot.getByText(file.name)).toBeVisible();
    }
  }

  async fileDossier(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('wizard:review.file') }).click();
    this.tap();
  }

  receiptNumber() {
    return this.page.getByTestId('receipt-number');
  }
}
