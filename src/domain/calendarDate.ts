/**
 * Calendar dates as the law counts them: whole days, no time of day, no time zone.
 * They travel as ISO "YYYY-MM-DD" strings (what <input type="date"> gives) and are compared
 * as day numbers, so a device in another time zone or a daylight-saving change cannot shift them.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date, or null for anything else (30 February included). */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / 86_400_000);
}

export function isValidIsoDate(iso: string): boolean {
  return dayNumber(iso) !== null;
}

/**
 * Today's date in Europe/Paris, whatever the device's own time zone: French deadlines are counted
 * in Paris calendar days.
 */
export function todayInParis(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The same day `months` calendar months later (or earlier, when negative). When that day does not
 * exist (31 August + 1 month), the last day of the target month is taken: "six months before
 * 31 August" is 28 or 29 February, never 2 or 3 March.
 */
export function addCalendarMonths(iso: string, months: number): string | null {
  const day = dayNumber(iso);
  if (day === null) return null;
  const date = new Date(day * 86_400_000);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}
