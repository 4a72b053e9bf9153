import { describe, expect, it } from 'vitest';
import {
  addParisCalendar,
  hasConsistentEnd,
  isMandateActive,
  MANDATE_CONSENT_VERSION,
  mandateDigest,
  mandateEnd,
  mandateStatus,
  newMandate,
  type Mandate,
  type MandateDuration,
} from '@/domain';

const base: Mandate = newMandate(
  { applicantName: 'Amina Benali', mediatorName: 'Paul Martin', structure: 'PAN de la préfecture de Lyon', duration: '6-months' },
  { id: 'f7d1c1de-1111-4c0a-9a55-0c1f0a7b1b11', dossierId: 'd-1', applicantLanguage: 'ar', now: Date.parse('2026-02-01T09:00:00.000Z') },
);

describe('mandate end: calendar-correct, on the Paris wall clock', () => {
  it.each<[string, MandateDuration, string, string]>([
    // [start (UTC), duration, end (UTC), why]
    ['2026-02-01T09:00:00.000Z', '1-day', '2026-02-02T09:00:00.000Z', 'a plain day'],
    ['2026-03-28T09:00:00.000Z', '1-day', '2026-03-29T08:00:00.000Z', '10:00 to 10:00 Paris across the spring change: 23 hours'],
    ['2026-10-24T08:00:00.000Z', '1-day', '2026-10-25T09:00:00.000Z', '10:00 to 10:00 Paris across the autumn change: 25 hours'],
    ['2026-12-31T22:30:00.000Z', '1-day', '2027-01-01T22:30:00.000Z', '23:30 on New Year’s Eve in Paris'],
    ['2026-01-31T09:00:00.000Z', '6-months', '2026-07-31T08:00:00.000Z', '10:00 CET to 10:00 CEST'],
    ['2026-08-31T08:00:00.000Z', '6-months', '2027-02-28T09:00:00.000Z', '31 August + 6 months = 28 February, never 3 March'],
    ['2027-08-31T08:00:00.000Z', '6-months', '2028-02-29T09:00:00.000Z', 'into a leap February'],
    ['2026-03-31T08:00:00.000Z', '6-months', '2026-09-30T08:00:00.000Z', '31 March + 6 months = 30 September'],
    // 00:30 on 31 August in Paris is still 30 August in UTC: counting in UTC would give 28 February 23:30 Paris.
    ['2026-08-30T22:30:00.000Z', '6-months', '2027-02-27T23:30:00.000Z', 'just after midnight in Paris'],
    ['2026-02-01T09:00:00.000Z', '1-year', '2027-02-01T09:00:00.000Z', 'a plain year'],
    ['2028-02-29T09:00:00.000Z', '1-year', '2029-02-28T09:00:00.000Z', '29 February + 1 year = 28 February'],
  ])('%s + %s → %s (%s)', (start, duration, end) => {
    expect(mandateEnd(start, duration)).toBe(end);
  });

  it('moves an hour that does not exist in Paris (spring change) one hour later, as clocks do', () => {
    // Paris skips 02:00–03:00 on 29 March 2026.
    const start = Date.parse('2026-03-28T01:30:00.000Z'); // 02:30 Paris, 28 March 2026 (CET)
    expect(new Date(addParisCalendar(start, { days: 1 })).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('keeps milliseconds and is the identity for zero', () => {
    const start = Date.parse('2026-06-15T12:34:56.789Z');
    expect(addParisCalendar(start, {})).toBe(start);
    expect(new Date(addParisCalendar(start, { months: 1 })).toISOString()).toBe('2026-07-15T12:34:56.789Z');
  });
});

describe('newMandate', () => {
  it('starts when acknowledged, ends from its duration, and carries the current consent text version', () => {
    expect(base).toMatchObject({
      scope: 'titres-de-sejour',
      startsAt: '2026-02-01T09:00:00.000Z',
      acknowledgedAt: '2026-02-01T09:00:00.000Z',
      endsAt: '2026-08-01T08:00:00.000Z',
      consentVersion: MANDATE_CONSENT_VERSION,
      applicantLanguage: 'ar',
    });
    expect(base).not.toHaveProperty('revokedAt');
    expect(hasConsistentEnd(base)).toBe(true);
    expect(hasConsistentEnd({ ...base, endsAt: '2027-08-01T08:00:00.000Z' })).toBe(false);
  });

  it('trims what was typed and refuses empty or overlong names', () => {
    const context = { id: 'x', dossierId: 'd', applicantLanguage: 'fr', now: 0 };
    expect(newMandate({ applicantName: '  Awa  ', mediatorName: 'Léa', structure: 'PAN', duration: '1-day' }, context).applicantName).toBe('Awa');
    expect(() => newMandate({ applicantName: '   ', mediatorName: 'Léa', structure: 'PAN', duration: '1-day' }, context)).toThrow();
    expect(() => newMandate({ applicantName: 'A'.repeat(121), mediatorName: 'Léa', structure: 'PAN', duration: '1-day' }, context)).toThrow();
  });
});

describe('mandateDigest', () => {
  it('is SHA-256 hex, stable for the same mandate whatever the key order', async () => {
    const digest = await mandateDigest(base);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await mandateDigest({ ...base })).toBe(digest);
    const reversed = Object.fromEntries(Object.entries(base).reverse()) as Mandate;
    expect(await mandateDigest(reversed)).toBe(digest);
  });

  it('is the SHA-256 of the canonical JSON of what was agreed (recomputable by anyone)', async () => {
    const { createHash } = await import('node:crypto');
    const canonical =
      '{"acknowledgedAt":"2026-02-01T09:00:00.000Z","applicantLanguage":"ar","applicantName":"Amina Benali",' +
      `"consentVersion":"${MANDATE_CONSENT_VERSION}","dossierId":"d-1","duration":"6-months","endsAt":"2026-08-01T08:00:00.000Z",` +
      '"id":"f7d1c1de-1111-4c0a-9a55-0c1f0a7b1b11","mediatorName":"Paul Martin","scope":"titres-de-sejour",' +
      '"startsAt":"2026-02-01T09:00:00.000Z","structure":"PAN de la préfecture de Lyon"}';
    expect(await mandateDigest(base)).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
  });

  it('does not change when the mandate is revoked, nor for fields a stored record adds', async () => {
    const digest = await mandateDigest(base);
    expect(await mandateDigest({ ...base, revokedAt: '2026-03-01T10:00:00.000Z' })).toBe(digest);
    expect(await mandateDigest({ ...base, digest: 'x', storedAt: 1 } as Mandate)).toBe(digest);
  });

  const changes: { [K in Exclude<keyof Mandate, 'revokedAt'>]: Mandate[K] } = {
    id: 'f7d1c1de-2222-4c0a-9a55-0c1f0a7b1b11',
    dossierId: 'd-2',
    applicantName: 'Amina Benalí',
    mediatorName: 'Paul Martín',
    structure: 'PAN de la préfecture du Rhône',
    // The scope has one value today: a changed one is cast, to prove it is part of the digest.
    scope: 'titres-de-sejour-x' as 'titres-de-sejour',
    duration: '1-year',
    startsAt: '2026-02-01T09:00:00.001Z',
    endsAt: '2026-08-01T08:00:00.001Z',
    applicantLanguage: 'en',
    consentVersion: 'v3',
    acknowledgedAt: '2026-02-01T08:59:59.000Z',
    receiver: { kind: 'relay', name: 'Association Relais 69' },
  };
  it.each(Object.entries(changes))('changes when %s changes', async (field, value) => {
    const changed = { ...base, [field]: value } as Mandate;
    expect(await mandateDigest(changed)).not.toBe(await mandateDigest(base));
  });
});

describe('mandateStatus', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    ['2026-02-01T08:59:59.999Z', 'upcoming'],
    ['2026-02-01T09:00:00.000Z', 'active'],
    ['2026-08-01T07:59:59.999Z', 'active'],
    ['2026-08-01T08:00:00.000Z', 'expired'],
  ] as const)('at %s a 6-month mandate is %s', (instant, status) => {
    expect(mandateStatus(base, at(instant))).toBe(status);
    expect(isMandateActive(base, at(instant))).toBe(status === 'active');
  });

  it('is revoked from the instant of revocation on, and active before it', () => {
    const revoked = { ...base, revokedAt: '2026-03-01T10:00:00.000Z' };
    expect(mandateStatus(revoked, at('2026-03-01T09:59:59.999Z'))).toBe('active');
    expect(mandateStatus(revoked, at('2026-03-01T10:00:00.000Z'))).toBe('revoked');
    expect(mandateStatus(revoked, at('2027-01-01T00:00:00.000Z'))).toBe('revoked');
  });
});
