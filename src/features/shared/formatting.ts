import { dayNumber } from '@/domain';

/** A calendar date in the person's language; computed in UTC so no time zone can shift the day. */
export function formatCalendarDate(iso: string, language: string): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day * 86_400_000));
}

/** An instant as French law sees it: Paris time, whatever the device's zone. */
export function formatParisDateTime(instant: string | number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(instant));
}
