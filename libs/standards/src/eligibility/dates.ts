/**
 * Business dates as `YYYY-MM-DD` strings in China time. Everything here is calendar arithmetic
 * on year/month/day numbers; no `Date` object is involved, so the server's time zone cannot
 * shift a day.
 */

/** A calendar date `YYYY-MM-DD`, in China time. */
export type IsoDate = string;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseYmd(value: unknown): Ymd | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function parse(value: IsoDate): Ymd {
  const ymd = parseYmd(value);
  if (!ymd) throw new RangeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(value)}`);
  return ymd;
}

function format({ y, m, d }: Ymd): IsoDate {
  if (y < 1 || y > 9999) throw new RangeError(`year out of range: ${y}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseYmd(value) !== null;
}

export function assertIsoDate(value: unknown, what = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} is not a calendar date YYYY-MM-DD: ${JSON.stringify(value)}`);
}

/**
 * The date `years` whole years after `date`: its anniversary.
 *
 * Rule for 29 February: when the anniversary falls in a common year it has no 29 February, and
 * the years are complete on 1 March, never on 28 February (which would be a day short of the
 * full years). So held from 2020-02-29 for 1 year → met on 2021-03-01; for 4 years → 2024-02-29.
 * The same rule gives the birthday on which a person born on 29 February reaches an age.
 * Negative `years` go back by the same rule (2024-02-29 minus 1 year → 2023-03-01).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (!Number.isInteger(years)) throw new RangeError(`years must be a whole number: ${years}`);
  const { y, m, d } = parse(date);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return format({ y: year, m: 3, d: 1 });
  return format({ y: year, m, d });
}

/** Whole years completed from `from` to `to` by the anniversary rule of `addYears`. */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  if (compareDates(to, from) < 0) throw new RangeError(`${to} is before ${from}`);
  let years = parse(to).y - parse(from).y;
  if (compareDates(addYears(from, years), to) > 0) years -= 1;
  return years;
}

/** -1, 0 or 1. Validated `YYYY-MM-DD` strings order like the dates they name. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parse(a);
  parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) <= 0;
}

export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) >= 0;
}

export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((max, date) => (compareDates(date, max) > 0 ? date : max), first);
}

export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((min, date) => (compareDates(date, min) < 0 ? date : min), first);
}
