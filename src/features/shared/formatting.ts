import { dayNumber } from '@/domain';
import { intlLocale } from '@/i18n/languages';

/** A calendar date in the person's language; computed in UTC so no time zone can shift the day. */
export function formatCalendarDate(iso: string, language: string): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day * 86_400_000));
}

/** An instant as French law sees it: Paris time, on a 24-hour clock, whatever the device's zone. */
export function formatParisDateTime(instant: string | number, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'Europe/Paris',
  }).format(new Date(instant));
}

/** An amount in euros, written the way the person's language writes it (Latin digits in Arabic). */
export function formatEuros(euros: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}
