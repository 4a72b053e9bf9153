/**
 * Instants moved by calendar days and months as a person in France counts them: on the Paris wall
 * clock. "Six months from 31 August at 10:00" is 28 (or 29) February at 10:00 in Paris, whatever the
 * device's time zone and across a daylight-saving change (a day is then 23 or 25 hours long).
 */
const DAY_MS = 86_400_000;

const parisClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Paris wall-clock time of an instant, written as if it were UTC (milliseconds). */
function parisWallClock(instant: number): number {
  const parts = parisClock.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Paris offsets are whole hours (since 1911): the milliseconds are the instant's own.
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'), millis);
}

/**
 * The instant at which Paris clocks show `wall`. The second pass settles the offset across a
 * daylight-saving change; a time that does not exist (the hour skipped in spring) lands one hour
 * later, as the clocks themselves do.
 */
function fromParisWallClock(wall: number): number {
  const first = wall - (parisWallClock(wall) - wall);
  return wall - (parisWallClock(first) - first);
}

/**
 * `instant` moved by whole calendar months, then days, on the Paris wall clock. When the day does
 * not exist in the target month (31 August + 6 months), the month's last day is taken: never a day
 * of the month after.
 */
export function addParisCalendar(instant: number, by: { months?: number; days?: number }): number {
  const wall = parisWallClock(instant);
  const date = new Date(wall);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + (by.months ?? 0);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const timeOfDay = wall - Date.UTC(year, date.getUTCMonth(), date.getUTCDate());
  const target = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) + (by.days ?? 0) * DAY_MS + timeOfDay;
  return fromParisWallClock(target);
}
