/**
 * Business dates are `YYYY-MM-DD` strings (China civil dates). They are turned into day
 * numbers through UTC arithmetic only, so the server's time zone can never shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

export function tryParseIsoDate(value: unknown): IsoDateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function parseIsoDate(value: string, label = 'date'): IsoDateParts {
  const parts = tryParseIsoDate(value);
  if (!parts) throw new RangeError(`${label} must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parts;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: string, label = 'date'): number {
  const { year, month, day } = parseIsoDate(date, label);
  return partsToDayNumber(year, month, day);
}

export function partsToDayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`date out of range (year ${year})`);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCDay();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
